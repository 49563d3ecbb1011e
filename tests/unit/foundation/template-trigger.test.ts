import { describe, expect, it } from 'vitest';
import { typedAbbreviation } from '@/lib/content/template-trigger';

describe('typedAbbreviation', () => {
  it('finds ;abbr right before the caret', () => {
    expect(typedAbbreviation(';ship', 5)).toBe('ship');
    expect(typedAbbreviation('Hi Maria, ;ship', 15)).toBe('ship');
    expect(typedAbbreviation('您好，；ship', 8)).toBe('ship');
    expect(typedAbbreviation('line one\n;delay-2', 17)).toBe('delay-2');
  });

  it('ignores a marker inside a word, a caret elsewhere, or no abbreviation', () => {
    expect(typedAbbreviation('a;ship', 6)).toBeUndefined();
    expect(typedAbbreviation(';ship now', 9)).toBeUndefined();
    expect(typedAbbreviation(';ship now', 5)).toBe('ship');
    expect(typedAbbreviation('; ', 2)).toBeUndefined();
    expect(typedAbbreviation('', 0)).toBeUndefined();
  });
});
