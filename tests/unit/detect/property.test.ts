import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { normalise } from '@/lib/detect/normalise';
import { pack } from './helpers';

const everything = pack(
  [
    {
      id: 'terms',
      terms: ['微信', '最', '全网最低价', 'line', 'wechat', '淘宝', '宝贝', 'a', '😀', '1'],
      exceptions: ['最晚'],
    },
    { id: 'phone', category: 'contact.phone', detector: 'phone' },
    { id: 'email', category: 'contact.email', detector: 'email' },
    { id: 'url', category: 'contact.url', detector: 'url' },
    { id: 'im', category: 'contact.im', detector: 'im' },
    { id: 'lang', category: 'language.required', detector: 'language' },
    { id: 'pat', patterns: ['\\d+', 'w.?e', '(?i)union'] },
  ],
  { ownDomains: ['shopee.sg'], markets: ['CN', 'US', 'SG'] },
);
const linter = createLinter([everything], { terms: ['秘密'], allow: ['淘宝店'] });

const pieces = fc.constantFrom(
  '微',
  '信',
  '最',
  '晚',
  '淘',
  '宝',
  '贝',
  'w',
  'e',
  'c',
  'h',
  'a',
  't',
  'l',
  'i',
  'n',
  ' ',
  '.',
  '-',
  '_',
  '@',
  '\u200b',
  '\u200d',
  '\ufe0f',
  '\u20e3',
  '\u00ad',
  '😀',
  '❤',
  '1',
  '3',
  '8',
  '0',
  '幺',
  '三',
  '八',
  'one',
  'dot',
  'at',
  'com',
  '①',
  '⑳',
  '１',
  'Ｗ',
  'а',
  'е',
  '\ud800',
  '\udc00',
  '𝟏',
  '1️⃣',
  '🔟',
  '\n',
  'ﷺ',
  '㈠',
  '加',
  '我',
  'vx',
  ':',
  '：',
  'gmail',
  'www.',
  'shopee.sg',
  '/',
  '(',
  ')',
  '+',
  '¥',
  '订单',
  'ß',
  'İ',
  'ǅ',
);
const adversarial = fc.array(pieces, { maxLength: 80 }).map((a) => a.join(''));

function check(text: string): void {
  for (const f of linter.lint(text)) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.match);
  }
}

describe('lint invariants', () => {
  it('every finding slices the original text (adversarial pieces)', () => {
    fc.assert(fc.property(adversarial, check), { numRuns: 1500 });
  });

  it('every finding slices the original text (any string)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 800 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 500 });
  });

  it('findings are sorted by start and unique per rule and span', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const found = linter.lint(text);
        const keys = found.map((f) => `${f.ruleId}:${f.start}:${f.end}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (let i = 1; i < found.length; i++)
          expect(found[i - 1]!.start).toBeLessThanOrEqual(found[i]!.start);
      }),
      { numRuns: 500 },
    );
  });

  it('normalised offsets are monotonic and inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const { base } = normalise(text);
        for (let i = 0; i < base.start.length; i++) {
          expect(base.start[i]!).toBeLessThan(base.end[i]!);
          expect(base.end[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(base.start[i - 1]!).toBeLessThanOrEqual(base.start[i]!);
        }
      }),
      { numRuns: 500 },
    );
  });
});
