import { describe, expect, it } from 'vitest';
import { normalise } from '@/lib/detect/normalise';
import { basePattern } from '@/lib/detect/pattern-base';

describe('basePattern: a pack writes each language as it is spelled', () => {
  it.each([
    ['(?:попросите|пусть)\\s+', 'Попросите кого-нибудь'],
    ['yıldız\\S{0,4}', '5 yıldızlı yorum'],
    ['звёзд\\S{0,3}', 'пять звёзд'],
    ['ให้\\s?รีวิว', 'ให้ รีวิว'],
    ['評價', '评价'],
  ])('%s matches the base view of %s', (pattern, text) => {
    expect(new RegExp(basePattern(pattern), 'u').test(normalise(text).base.s)).toBe(true);
  });
  it('leaves escapes and ASCII as written', () => {
    expect(basePattern('\\b(?:Close|\\S+)\\p{Han}\\d{2}[a-z]')).toBe('\\b(?:Close|\\S+)\\p{Han}\\d{2}[a-z]');
  });
});
