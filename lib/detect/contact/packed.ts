/**
 * A text with some of its units dropped or replaced, mapped back to the text it came from: how the link and
 * e-mail detectors read "w w w . shop . c o m", "shop[.]com" or "g mail" once more, written plainly.
 */
export interface Packed {
  text: string;
  /** `map[i]`: the index in the source text of the packed text's unit i. */
  map: number[];
}

/** `s` with each [from, to, by] edit applied (edits sorted by `from`, not overlapping): [from, to) becomes `by`. */
export function pack(s: string, edits: readonly (readonly [number, number, string])[]): Packed {
  let text = '';
  const map: number[] = [];
  let at = 0;
  for (const [from, to, by] of edits) {
    for (let i = at; i < from; i++) map.push(i);
    text += s.slice(at, from) + by;
    // The replacement's units fall on the source's, its last on the source's last: spans keep their ends.
    for (let i = 0; i < by.length; i++)
      map.push(i === by.length - 1 ? to - 1 : from + Math.min(i, to - from - 1));
    at = to;
  }
  for (let i = at; i < s.length; i++) map.push(i);
  text += s.slice(at);
  return { text, map };
}

/** Source span [from, to) of packed span [a, b). */
export function sourceSpan(p: Packed, a: number, b: number): [number, number] {
  return [p.map[a]!, p.map[b - 1]! + 1];
}
