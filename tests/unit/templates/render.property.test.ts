import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/templates/render';

const options = { locale: 'en-US', timeZone: 'UTC', now: Date.UTC(2026, 0, 1) };
const escapeBraces = (text: string) => text.replace(/[{}]/g, (brace) => brace + brace);

describe('renderBody properties', () => {
  it('renders any escaped text back to itself, with nothing missing or unknown', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', 'a', '_', '1', ' ', '中', '+') }), (text) => {
        const result = renderBody(escapeBraces(text), options);
        expect(result).toEqual({ text, cursor: undefined, missing: [], unknown: [] });
      }),
    );
  });

  it('places the cursor where the marker was and never changes the rest', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const result = renderBody(`${escapeBraces(before)}{cursor}${escapeBraces(after)}`, options);
        expect(result.text).toBe(before + after);
        expect(result.cursor).toBe(before.length);
      }),
    );
  });
});
