/**
 * A name inside a code: a marketplace name glued to digits is an order id, SKU or model code (OLX12345,
 * EBAY2024-17, 2291TEMU), not the marketplace; so is one joined by dashes into a code (TM-1688-BK,
 * JD-2024-WH, sku_temu_07). Only Latin edges count when glued directly: 1688 and 11st are names of digits,
 * and a leet spelling keeps its digits inside the word (Sh0pee). Pure.
 */
const DIGIT = /[0-9]/;
const LATIN = /[a-z]/i;
/** A dash or underscore joining the name to a code segment, before it and after it. */
const JOINED_BEFORE = /[a-z0-9][-_]$/i;
const JOINED_AFTER = /^[-_][a-z0-9]/i;
/** …a joined segment holding a digit. */
const NUMBERED_BEFORE = /[a-z0-9]*\d[a-z0-9]*[-_]$/i;
const NUMBERED_AFTER = /^[-_][a-z0-9]*\d/i;

/** Whether text[start, end) is glued into a code: digits at a Latin edge, or dashes into a code. */
export function inCode(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  return (
    (LATIN.test(first) && DIGIT.test(text[start - 1] ?? '')) ||
    (LATIN.test(last) && DIGIT.test(text[end] ?? '')) ||
    (JOINED_BEFORE.test(before) && JOINED_AFTER.test(after)) ||
    NUMBERED_BEFORE.test(before) ||
    NUMBERED_AFTER.test(after)
  );
}
