import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '@/lib/detect/automaton';

function scanAll(patterns: string[], text: string): string[] {
  const automaton = Automaton.build(patterns);
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  const out: string[] = [];
  automaton.scan(codes, codes.length, (id, end) => out.push(`${id}@${end - patterns[id]!.length}-${end}`));
  return out.sort();
}

/** Naive reference: every occurrence of every distinct non-empty pattern (first id of duplicates). */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (!p || patterns.indexOf(p) !== id) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1))
      out.push(`${id}@${at}-${at + p.length}`);
  });
  return out.sort();
}

describe('Automaton', () => {
  it('reports overlapping and nested matches', () => {
    const patterns = ['全网最低价', '最低价', '最', '低价', '网最'];
    expect(scanAll(patterns, '全网最低价')).toEqual(naive(patterns, '全网最低价'));
    expect(scanAll(patterns, '全网最低价').length).toBe(5);
  });

  it('handles classic he/she/his/hers', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(scanAll(patterns, 'ushers')).toEqual(['0@2-4', '1@1-4', '3@2-6']);
  });

  it('ignores empty patterns and shares duplicates', () => {
    expect(scanAll(['', 'a', 'a'], 'aa')).toEqual(['1@0-1', '1@1-2']);
  });

  it('finds nothing with no patterns', () => {
    expect(scanAll([], 'anything')).toEqual([]);
  });

  it('matches a naive search on random input', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '最', '😀'.charAt(0), '😀'.charAt(1));
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(alphabet, { maxLength: 60 }),
        (patterns, chars) => {
          const text = chars.join('');
          expect(scanAll(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches a naive search with a large alphabet (split symbols)', () => {
    const big = fc.integer({ min: 0, max: 599 }).map((i) => String.fromCharCode(0x4e00 + i));
    const word = fc.array(big, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    // Enough distinct units to go over the split threshold, and a spread-out trie.
    const filler = Array.from(
      { length: 600 },
      (_, i) => String.fromCharCode(0x4e00 + i) + String.fromCharCode(0x4e00 + ((i * 37) % 600)),
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 20 }),
        fc.array(big, { maxLength: 80 }),
        (patterns, chars) => {
          const all = [...patterns, ...filler];
          const text = chars.join('');
          expect(scanAll(all, text)).toEqual(naive(all, text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('builds 10,000 terms with a large alphabet', () => {
    const patterns: string[] = [];
    for (let i = 0; i < 10000; i++) {
      patterns.push(
        String.fromCharCode(0x4e00 + ((i * 7919) % 20000), 0x4e00 + ((i * 104729) % 20000), 0x61 + (i % 26)),
      );
    }
    const automaton = Automaton.build(patterns);
    const text = patterns[1234]! + patterns[9999]!;
    const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const found: number[] = [];
    automaton.scan(codes, codes.length, (id) => found.push(id));
    expect(found).toContain(1234);
    expect(found).toContain(9999);
  });
});
