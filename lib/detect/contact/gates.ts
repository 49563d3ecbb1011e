/**
 * Cheap pre-checks of the e-mail and link detectors: each looks for the rare literals its detector's
 * regexes cannot match without (indexOf, then the few positions around a hit), so on most replies those
 * regexes never run. A gate may say yes when the detector finds nothing, never no when it would find
 * something (tests/unit/detect/gates.test.ts runs the detectors with and without their gates).
 */
import type { Normalised } from '../normalise';

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

/** ASCII or full-width letter, either case (a superset of `[a-zａ-ｚ]` under /i). */
function isLetterish(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    c === 0x17f ||
    c === 0x212a
  );
}

function isAlnumish(c: number): boolean {
  return isLetterish(c) || (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The first character code before `i` that is not `\s` (-1 at the start). */
function prevSolid(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && isWs(text.charCodeAt(k))) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

/** The first character code from `i` on that is not `\s` (-1 at the end). */
function nextSolid(text: string, i: number): number {
  let k = i;
  while (k < text.length && isWs(text.charCodeAt(k))) k++;
  return k < text.length ? text.charCodeAt(k) : -1;
}

const OPEN = new Set(Array.from('[(（{<【', (c) => c.charCodeAt(0)));
const CLOSE = new Set(Array.from('])）}>】', (c) => c.charCodeAt(0)));

/** Whether `word` occurs with a blank or an opening bracket right before and a blank or closing one after. */
function setOff(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    const before = i > 0 ? s.charCodeAt(i - 1) : -1;
    const after = i + word.length < s.length ? s.charCodeAt(i + word.length) : -1;
    if ((isWs(before) || OPEN.has(before)) && (isWs(after) || CLOSE.has(after))) return true;
  }
  return false;
}

/** Switched off only by tests, to check that the gates never change what the detectors find. */
export const gates = { on: true };

// The gates read the base view (lower case, full width folded), the text the detectors' regexes run on.

/** Whether the e-mail regexes can match: an @, 艾特, 圈a, 小老鼠, or "at" set off by blanks or brackets. */
export function maybeEmail(n: Normalised): boolean {
  const s = n.base.s;
  return (
    s.includes('@') || s.includes('艾特') || s.includes('圈a') || s.includes('小老鼠') || setOff(s, 'at')
  );
}

/** Whether the "mailbox: name" regex can match: one of its mailbox words. */
export function maybeMailbox(n: Normalised): boolean {
  const s = n.base.s;
  return (
    s.includes('mail') ||
    s.includes('邮箱') ||
    s.includes('yahoo') ||
    s.includes('outlook') ||
    s.includes('icloud')
  );
}

/** Whether linkify can find a link: "www", "://", or a dot between a letter or digit and two letters. */
export function maybeLink(n: Normalised): boolean {
  const s = n.base.s;
  if (s.includes('www') || s.includes('://')) return true;
  for (let i = s.indexOf('.', 1); i >= 0; i = s.indexOf('.', i + 1)) {
    if (
      i + 2 < s.length &&
      isAlnumish(s.charCodeAt(i - 1)) &&
      isLetterish(s.charCodeAt(i + 1)) &&
      isLetterish(s.charCodeAt(i + 2))
    )
      return true;
  }
  return false;
}

/** Whether a spoken domain can match: " dot ", 点 between a letter or digit and a letter, or a bracketed dot. */
export function maybeSpoken(n: Normalised): boolean {
  const s = n.base.s;
  if (setOff(s, 'dot')) return true;
  for (let i = s.indexOf('点'); i >= 0; i = s.indexOf('点', i + 1)) {
    const before = prevSolid(s, i);
    const after = nextSolid(s, i + 1);
    if (isAlnumish(before) && isLetterish(after)) return true;
    if (OPEN.has(before) && CLOSE.has(after)) return true;
  }
  for (let i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
    if (OPEN.has(prevSolid(s, i)) && CLOSE.has(nextSolid(s, i + 1))) return true;
  }
  return false;
}
