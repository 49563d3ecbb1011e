import { describe, expect, it } from 'vitest';
import { outermost } from '@/lib/detect/outermost';
import type { Finding } from '@/lib/detect/types';

const text = 'can you cancel the order and buy again? call 138 1234 5678';
const f = (ruleId: string, match: string, replacement?: string): Finding => {
  const start = text.indexOf(match);
  return {
    ruleId,
    category: 'order.cancel',
    severity: 'block',
    start,
    end: start + match.length,
    match,
    message: 'm',
    ...(replacement ? { replacement } : {}),
  };
};
const sorted = (list: Finding[]) => list.sort((a, b) => a.start - b.start || b.end - a.end);

describe('outermost: one rule says a thing once', () => {
  it('drops a finding nested in a longer one of the same rule', () => {
    const out = outermost(
      text,
      sorted([f('r', 'cancel the order'), f('r', 'cancel the order and buy again')]),
    );
    expect(out.map((x) => x.match)).toEqual(['cancel the order and buy again']);
  });
  it('widens the first of two overlapping findings of one rule to cover both', () => {
    const out = outermost(text, sorted([f('r', 'you cancel'), f('r', 'cancel the order and buy again')]));
    expect(out.map((x) => x.match)).toEqual(['you cancel the order and buy again']);
    expect(text.slice(out[0]!.start, out[0]!.end)).toBe(out[0]!.match);
  });
  it('keeps other rules inside, and findings with their own replacement', () => {
    const out = outermost(
      text,
      sorted([
        f('r', 'cancel the order and buy again'),
        f('s', 'cancel the order'),
        f('p', 'call 138 1234', 'call ***'),
        f('p', '138 1234 5678', '138 **** 5678'),
      ]),
    );
    expect(out.map((x) => `${x.ruleId}:${x.match}`)).toEqual([
      'r:cancel the order and buy again',
      's:cancel the order',
      'p:call 138 1234',
      'p:138 1234 5678',
    ]);
  });
  it('widens two overlapping removals of one rule into one removal', () => {
    const removal = (match: string): Finding => ({ ...f('r', match), replacement: '' });
    const out = outermost(text, sorted([removal('you cancel'), removal('cancel the order and buy again')]));
    expect(out.map((x) => [x.match, x.replacement])).toEqual([['you cancel the order and buy again', '']]);
  });
});
