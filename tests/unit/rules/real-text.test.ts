// @vitest-environment node
/**
 * The real-text rows of `npm run eval`: scoring on lines of our own (the real text is read in place only by
 * the eval itself), the skip note when the folder is absent, and an adjudication of ids and reasons only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import {
  loadLabels,
  realTextDir,
  realTextReport,
  scoreOrdinary,
  scorePositives,
} from '@/scripts/eval/real-text';
import { contactPack, pack } from '@/tests/unit/detect/helpers';

const linter = createLinter([
  contactPack(),
  pack([{ id: 'competitor', category: 'platform.competitor', severity: 'block', terms: ['淘宝', 'eBay'] }]),
]);
const linterFor = () => linter;

describe('real-text rows', () => {
  afterEach(() => {
    delete process.env.REAL_REPLIES_DIR;
  });

  it('counts a positive as detected when any finding blocks, per category and platform', () => {
    const rows = scorePositives(
      [
        { id: 'p1', text: '加我微信 abc_123', category: 'contact.im' },
        { id: 'p2', text: '亲，明天发货', category: 'contact.im' },
        { id: 'p3', text: 'call 415-555-0132 now', category: 'contact.phone' },
      ],
      linterFor,
    );
    const im = rows.find((r) => r.category === 'contact.im' && r.platform === 'pinduoduo');
    expect(im).toMatchObject({ found: 1, total: 2, misses: ['p2'] });
    const phone = rows.filter((r) => r.category === 'contact.phone').map((r) => r.platform);
    expect(phone).toEqual(['amazon', 'walmart']);
  });

  it('judges each block against the adjudication: another category on a labelled line is still wrong', () => {
    const rows = scoreOrdinary(
      [
        { id: 'zh-1', text: '淘宝上也有卖' },
        { id: 'zh-2', text: '您在淘宝买的吗，加我微信 abc_123' },
        { id: 'zh-3', text: '亲，明天发货' },
      ],
      linterFor,
      { 'zh-1': { violations: ['platform.competitor'], reason: 'names a marketplace' } },
    );
    const pdd = rows.find((r) => r.platform === 'pinduoduo')!;
    expect(pdd.total).toBe(3);
    expect(pdd.blocked.map((b) => b.id)).toEqual(['zh-1', 'zh-2']);
    expect(pdd.wrong).toBe(1);
  });

  it('skips the rows with a note when the real text is absent', () => {
    process.env.REAL_REPLIES_DIR = '/nonexistent/real-replies';
    expect(realTextReport(linterFor, false)).toMatch(/skipped: .* not found/);
  });

  it('keeps the adjudication to ids and short reasons, never the real text', () => {
    const labels = loadLabels();
    for (const [id, label] of Object.entries(labels)) {
      expect(id).toMatch(/^(?:zh|en)-[a-z]+-\d{4}$/);
      expect(label.reason.length).toBeLessThan(120);
    }
    const dir = realTextDir();
    if (!existsSync(`${dir}/replies-zh.jsonl`)) return;
    const texts = ['replies-zh.jsonl', 'replies-en.jsonl'].flatMap((f) =>
      readFileSync(`${dir}/${f}`, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).text as string),
    );
    const file = readFileSync(new URL('../../fixtures/real-labels.json', import.meta.url), 'utf8');
    const copied = texts.filter((t) => t.length >= 12 && file.includes(t));
    expect(copied).toEqual([]);
  });
});
