/** Blanks and brackets, as code units: shared by the term scan and the contact detectors' gates. */

/** JavaScript's `\s`. */
export function isWs(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export const OPENING: ReadonlySet<number> = new Set(Array.from('[(（{<【', (c) => c.charCodeAt(0)));
export const CLOSING: ReadonlySet<number> = new Set(Array.from('])）}>】', (c) => c.charCodeAt(0)));
