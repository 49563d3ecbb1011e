/**
 * A letter written with a combining accent (decomposed: "o" + U+0301) reads exactly like its precomposed
 * form ("ó") in every view, and findings on it still slice the original text.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { normalise, skeletonOf } from '@/lib/detect/normalise';
import { pack } from './helpers';

const skel = (text: string) => {
  const n = normalise(text);
  return String.fromCharCode(...n.skel.subarray(0, n.skelLength));
};

describe('decomposed letters compose', () => {
  it.each([
    ['anulación', 'anulacio\u0301n'],
    ['Cancelé el pedido', 'Cancele\u0301 el pedido'],
    ['Việt Nam', 'Vie\u0323\u0302t Nam'],
    ['não pagar', 'na\u0303o pagar'],
    ['ÉTÉ', 'E\u0301TE\u0301'],
    ['заказ й', 'заказ и\u0306'],
    ['がんばって', 'か\u3099んは\u3099って'],
  ])('%s', (composed, decomposed) => {
    const a = normalise(composed);
    const b = normalise(decomposed);
    expect(b.base.s).toBe(a.base.s);
    expect(skel(decomposed)).toBe(skel(composed));
    expect(b.digits().s).toBe(a.digits().s);
    expect(skeletonOf(decomposed)).toBe(skeletonOf(composed));
  });

  it('keeps the offset map on the original units', () => {
    const text = 'xo\u0301y';
    const n = normalise(text);
    expect(n.base.s).toBe('xóy');
    expect(Array.from(n.base.start)).toEqual([0, 1, 3]);
    expect(Array.from(n.base.end)).toEqual([1, 3, 4]);
  });

  it('drops marks that compose with nothing, as before', () => {
    expect(normalise('\u0301abc').base.s).toBe('abc');
    expect(normalise('q\u0301').base.s).toBe('q');
    expect(normalise('ไลน์').base.s).toBe('ไลน');
  });

  it('lets patterns and terms written precomposed match decomposed replies', () => {
    const linter = createLinter([
      pack([
        { id: 'cancel', patterns: ['anulaci[oó]n del pedido'] },
        { id: 'word', terms: ['cancelación'] },
      ]),
    ]);
    for (const text of [
      'Pide la anulación del pedido',
      'Pide la anulacio\u0301n del pedido y la cancelacio\u0301n',
    ]) {
      const found = linter.lint(text);
      expect(found.map((f) => f.ruleId).sort()).toEqual(
        text.includes('cancel') ? ['cancel', 'word'] : ['cancel'],
      );
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
    }
    const [word] = linter.lint('la cancelacio\u0301n');
    expect(word?.match).toBe('cancelacio\u0301n');
  });
});
