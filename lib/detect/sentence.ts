/** Sentences of a reply, for the frames read around a finding (warning.ts, feature.ts). Pure. */
const END = /[.!?。！？\n]/;
export const THAI = /[\u0e00-\u0e7f]/;
const DIGIT = /[0-9]/;

/** Whether a sentence ends at text[i]: a sentence mark, or a blank between Thai letters (Thai's full stop). */
function endsAt(text: string, i: number): boolean {
  const ch = text[i]!;
  // A dot between digits is a decimal or a version (2.0.6), not a full stop.
  if (ch === '.' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) return false;
  return END.test(ch) || (ch === ' ' && THAI.test(text[i - 1] ?? '') && THAI.test(text[i + 1] ?? ''));
}

/** The sentence around [start, end): [from, to). */
export function sentenceAt(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !endsAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsAt(text, to)) to++;
  return [from, to];
}
