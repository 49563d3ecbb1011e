import { describe, expect, it } from 'vitest';
import { abbreviationAt } from '@/lib/templates/abbreviation';
import { TemplateSchema } from '@/lib/templates/schema';

const templates = [
  TemplateSchema.parse({ id: 'hi', title: '问候', body: 'Hello', abbreviation: 'hi' }),
  TemplateSchema.parse({ id: 'w', title: '沃尔玛', body: 'W', abbreviation: 'wm', platforms: ['walmart'] }),
  TemplateSchema.parse({ id: 'ship', title: '发货', body: 'Shipped', abbreviation: 'ship' }),
  TemplateSchema.parse({ id: 'delay', title: '延误', body: 'Late', abbreviation: 'delay-2' }),
];
/** The typed `;abbr` ending at the caret, as the content script reads it. */
const typed = (text: string, caret: number) => {
  const match = abbreviationAt(templates, text, caret);
  return match && text.slice(match.start + 1, match.end);
};

describe('abbreviationAt', () => {
  it('finds ;abbr right before the caret and gives its range', () => {
    const text = 'Thanks! ;hi';
    expect(abbreviationAt(templates, text, text.length)).toMatchObject({
      template: { id: 'hi' },
      start: 8,
      end: 11,
    });
    expect(abbreviationAt(templates, ';HI', 3)?.start).toBe(0);
    expect(abbreviationAt(templates, '好的；hi', 5)).toMatchObject({ start: 2, end: 5 });
  });

  it('ignores words, unknown abbreviations, text after the caret and other platforms', () => {
    expect(abbreviationAt(templates, 'a;hi', 4)).toBeUndefined();
    expect(abbreviationAt(templates, ' ;nope', 6)).toBeUndefined();
    expect(abbreviationAt(templates, ' ;hi there', 10)).toBeUndefined();
    expect(abbreviationAt(templates, ';wm', 3, 'shopee')).toBeUndefined();
    expect(abbreviationAt(templates, ';wm', 3, 'walmart')?.template.id).toBe('w');
  });

  it('takes the marker at the start, after a space, punctuation or a line break, never inside a word', () => {
    expect(typed(';ship', 5)).toBe('ship');
    expect(typed('Hi Maria, ;ship', 15)).toBe('ship');
    expect(typed('您好，；ship', 8)).toBe('ship');
    expect(typed('好的;ship', 7)).toBe('ship');
    expect(typed('line one\n;delay-2', 17)).toBe('delay-2');
    expect(typed('a;ship', 6)).toBeUndefined();
    expect(typed(';ship now', 9)).toBeUndefined();
    expect(typed(';ship now', 5)).toBe('ship');
    expect(typed('; ', 2)).toBeUndefined();
    expect(typed('', 0)).toBeUndefined();
  });
});
