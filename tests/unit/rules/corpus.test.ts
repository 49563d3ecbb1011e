// @vitest-environment node
/** Checks the labelled corpus itself (tests/fixtures/corpus/replies.jsonl) before eval trusts it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/detect/types';
import { PLATFORM_IDS } from '@/lib/platforms';

interface Line {
  id: string;
  platform: string;
  set?: string;
  text: string;
  expected: { category: string; match: string }[];
}

const SEED_PLATFORMS = ['pinduoduo', 'shopee', 'aliexpress', 'walmart', 'dhgate'];
const raw = readFileSync(new URL('../../fixtures/corpus/replies.jsonl', import.meta.url), 'utf8');
const lines: Line[] = raw
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Line);

describe('labelled corpus', () => {
  it('has at least 300 replies over the five seed platforms (held-out batches add others of contract 1)', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    const platforms = new Set(lines.map((l) => l.platform));
    for (const platform of SEED_PLATFORMS) expect(platforms.has(platform), platform).toBe(true);
    for (const platform of platforms) expect(PLATFORM_IDS as readonly string[], platform).toContain(platform);
    for (const platform of SEED_PLATFORMS) {
      expect(lines.filter((l) => l.platform === platform).length, platform).toBeGreaterThanOrEqual(30);
    }
  });

  it('every line is well-formed with a unique id', () => {
    const ids = new Set<string>();
    for (const line of lines) {
      expect(typeof line.id, JSON.stringify(line)).toBe('string');
      expect(ids.has(line.id), line.id).toBe(false);
      ids.add(line.id);
      expect(line.text.trim().length, line.id).toBeGreaterThan(0);
      expect(Array.isArray(line.expected), line.id).toBe(true);
      expect(['main', 'heldout', undefined], line.id).toContain(line.set);
    }
  });

  it('every expected finding has a known category and is an exact substring of its text', () => {
    for (const line of lines) {
      for (const e of line.expected) {
        expect(CATEGORIES as readonly string[], line.id).toContain(e.category);
        expect(e.match.length, line.id).toBeGreaterThan(0);
        expect(line.text.includes(e.match), `${line.id}: ${e.match}`).toBe(true);
      }
    }
  });

  it('at least 40% of the replies are clean, on every seed platform too', () => {
    const clean = lines.filter((l) => l.expected.length === 0).length;
    expect(clean / lines.length).toBeGreaterThanOrEqual(0.4);
    for (const platform of SEED_PLATFORMS) {
      const mine = lines.filter((l) => l.platform === platform);
      expect(
        mine.filter((l) => l.expected.length === 0).length / mine.length,
        platform,
      ).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('keeps about a tenth in other phrasings, part of it never tuned on', () => {
    const styled = lines.filter((l) => l.set === 'heldout' || l.id.startsWith('styled-')).length;
    expect(styled).toBeGreaterThanOrEqual(lines.length * 0.1);
    // The held-out set is the latest blind batch (120 replies), whatever the corpus has grown to.
    expect(lines.filter((l) => l.set === 'heldout').length).toBeGreaterThanOrEqual(100);
  });

  it('has replies in Chinese (simplified and traditional), English and other languages', () => {
    const texts = lines.map((l) => l.text).join('\n');
    for (const sample of ['订单', '訂單', 'order', 'pedido', 'pesanan', 'คำสั่งซื้อ', 'đơn']) {
      expect(texts.includes(sample), sample).toBe(true);
    }
  });
});
