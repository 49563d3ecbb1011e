import { describe, expect, it } from 'vitest';
import { abbreviationAt } from '@/lib/templates/abbreviation';
import { TemplateSchema } from '@/lib/templates/schema';

const templates = [
  TemplateSchema.parse({ id: 'hi', title: '问候', body: 'Hello', abbreviation: 'hi' }),
  TemplateSchema.parse({ id: 'w', title: '沃尔玛', body: 'W', abbreviation: 'wm', platforms: ['walmart'] }),
];

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
});
