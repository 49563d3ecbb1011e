// @vitest-environment node
/**
 * The bundled packs with the engine on the labelled corpus: the main set must meet the eval targets, so a
 * pack or engine change that loses recall or adds false positives fails here before `npm run eval`.
 */
import { describe, expect, it } from 'vitest';
import { bundledLinters, FP_TARGET, loadCorpus, overall, RECALL_TARGET, score } from '@/scripts/eval';

// Linting the whole corpus takes seconds idle and minutes on a loaded 2-core machine: a hang guard, no target.
describe('bundled packs on the labelled corpus', { timeout: 300_000 }, () => {
  const corpus = loadCorpus();
  const linterFor = bundledLinters();

  it('meets the recall and clean false-positive targets on the main set', () => {
    const report = score(
      corpus.filter((line) => line.set === 'main'),
      linterFor,
    );
    const { recall, fp } = overall(report);
    const misses = report.misses.map((m) => `${m.id} ${m.category} ${m.match}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(fp, report.falsePositives.map((f) => f.id).join(', ')).toBeLessThanOrEqual(FP_TARGET);
  });

  it('blocks at most one clean reply in ten of the held-out set', () => {
    const report = score(
      corpus.filter((line) => line.set === 'heldout'),
      linterFor,
    );
    const blocked = report.falsePositives.filter((fp) => fp.findings.some((f) => f.severity === 'block'));
    expect(blocked.length, blocked.map((fp) => fp.id).join(', ')).toBeLessThanOrEqual(report.cleanTotal / 10);
  });

  it('reports offsets into the original text on every corpus reply (contract 3)', () => {
    const bad: string[] = [];
    for (const line of corpus) {
      for (const f of linterFor(line.platform).lint(line.text)) {
        if (line.text.slice(f.start, f.end) !== f.match)
          bad.push(`${line.id} ${f.ruleId} ${f.start}-${f.end}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('counts a finding only when category and span agree', () => {
    const line = {
      id: 't',
      platform: 'pinduoduo' as const,
      set: 'main' as const,
      text: '加我微信abc',
      expected: [{ category: 'contact.im', match: '微信abc' }],
    };
    const wrongCategory = score([line], () => ({
      lint: () => [
        {
          ruleId: 'x',
          category: 'contact.phone',
          severity: 'block',
          start: 2,
          end: 4,
          match: '微信',
          message: '',
        },
      ],
    }));
    expect(overall(wrongCategory).recall).toBe(0);
    const elsewhere = score([line], () => ({
      lint: () => [
        {
          ruleId: 'x',
          category: 'contact.im',
          severity: 'block',
          start: 0,
          end: 1,
          match: '加',
          message: '',
        },
      ],
    }));
    expect(overall(elsewhere).recall).toBe(0);
    const overlapping = score([line], () => ({
      lint: () => [
        {
          ruleId: 'x',
          category: 'contact.im',
          severity: 'block',
          start: 1,
          end: 4,
          match: '我微信',
          message: '',
        },
      ],
    }));
    expect(overall(overlapping).recall).toBe(1);
  });
});
