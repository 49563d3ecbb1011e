/**
 * Where an accepted suggestion goes in the reply: in place of the words typed since the last sentence
 * end (they were the query: "Hi Budi! where" + Tab keeps "Hi Budi! "), after a space when it follows a
 * finished Latin sentence. Pure.
 */
const SENTENCE_END = /[.!?。！？\n]/;

export function insertionFor(text: string, insert: string): { start: number; end: number; text: string } {
  let start = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (SENTENCE_END.test(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  while (start < text.length && /\s/.test(text[start]!) && text[start] !== '\n') start++;
  const before = text[start - 1];
  const space = start > 0 && before !== undefined && !/[\s。！？]/.test(before) ? ' ' : '';
  return { start, end: text.length, text: space + insert };
}
