/**
 * A name inside a code: a marketplace name glued to digits is an order id, SKU or model code (OLX12345,
 * EBAY2024-17, 2291TEMU), not the marketplace. Only Latin edges count: 1688 and 11st are names of digits,
 * and a leet spelling keeps its digits inside the word (Sh0pee). Pure.
 */
const DIGIT = /[0-9]/;
const LATIN = /[a-z]/i;

/** Whether text[start, end) has a Latin letter at an edge with a digit glued to it on that side. */
export function inCode(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  return (
    (LATIN.test(first) && DIGIT.test(text[start - 1] ?? '')) ||
    (LATIN.test(last) && DIGIT.test(text[end] ?? ''))
  );
}
