/** The inline template trigger: `;abbr` typed right before the caret, at the start or after a space. */
export const TRIGGER_MARKER = ';';

/** The abbreviation typed before `caret` (without the marker), or undefined. */
export function typedAbbreviation(text: string, caret: number): string | undefined {
  const before = text.slice(Math.max(0, caret - 40), caret);
  const match = /(?:^|[\s\u3000，。！？,.!?])[;；]([A-Za-z0-9_-]{1,32})$/.exec(before);
  return match?.[1];
}
