/**
 * Cheap supersets of the e-mail and link detectors' pre-check regular expressions. Those regexes start
 * with alternations of character classes, which V8 scans character by character; these gates look for
 * rare literals with indexOf first and only then check the few positions around them. Each gate is true
 * whenever the regex it stands for matches (it may also be true when the regex does not: then the regex
 * decides as before).
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

/** Positions of `needle` in `text`, case-insensitively for ASCII letters (needle in lower case). */
function* occurrences(text: string, lower: string, upper: string): Generator<number> {
  // Few occurrences expected: look for the rarer last letter, then compare.
  const n = lower.length;
  const lastLow = lower.charCodeAt(n - 1);
  const lastUp = upper.charCodeAt(n - 1);
  for (let i = n - 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== lastLow && c !== lastUp) continue;
    let ok = true;
    for (let j = 0; j < n - 1 && ok; j++) {
      const d = text.charCodeAt(i - n + 1 + j);
      ok = d === lower.charCodeAt(j) || d === upper.charCodeAt(j);
    }
    if (ok) yield i - n + 1;
  }
}

/**
 * Superset of `/[@＠﹫]|艾特|圈a|小老鼠|[[(（{<【]\s*at\s*[\])）}>】]|\sat\s/i` on the text.
 */
export function maybeEmail(text: string): boolean {
  if (
    text.includes('@') ||
    text.includes('＠') ||
    text.includes('﹫') ||
    text.includes('艾特') ||
    text.includes('圈') ||
    text.includes('小老鼠')
  )
    return true;
  for (const i of occurrences(text, 'at', 'AT')) {
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    const after = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
    if ((isWs(before) || OPEN.has(before)) && (isWs(after) || CLOSE.has(after))) return true;
  }
  return false;
}

/** Superset of `/mail|邮箱|gmail|yahoo|outlook|icloud/i` on the text, tested on the lower-cased base view. */
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

/** Superset of `/[a-z0-9ａ-ｚ０-９][.。．｡][a-zａ-ｚ]{2}|:\/\/|www|ｗｗｗ/i` on the text. */
export function maybeLink(n: Normalised): boolean {
  const text = n.text;
  const s = n.base.s;
  if (s.includes('www') || s.includes('://') || text.includes('://')) return true;
  for (const dot of ['.', '。', '．', '｡']) {
    for (let i = text.indexOf(dot, 1); i >= 0; i = text.indexOf(dot, i + 1)) {
      if (
        i + 2 < text.length &&
        isAlnumish(text.charCodeAt(i - 1)) &&
        isLetterish(text.charCodeAt(i + 1)) &&
        isLetterish(text.charCodeAt(i + 2))
      )
        return true;
    }
  }
  return false;
}

/** Superset of `/\sdot\s|[a-z0-9]\s*点\s*[a-z]|[[(（【]\s*(?:dot|点|\.)\s*[\])）】]/i` on the text. */
export function maybeSpoken(n: Normalised): boolean {
  const text = n.text;
  for (const i of occurrences(text, 'dot', 'DOT')) {
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    const after = i + 3 < text.length ? text.charCodeAt(i + 3) : -1;
    if ((isWs(before) || OPEN.has(before)) && (isWs(after) || CLOSE.has(after))) return true;
  }
  for (let i = text.indexOf('点'); i >= 0; i = text.indexOf('点', i + 1)) {
    const before = prevSolid(text, i);
    const after = nextSolid(text, i + 1);
    if (isAlnumish(before) && isLetterish(after)) return true;
    if (OPEN.has(before) && CLOSE.has(after)) return true;
  }
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (OPEN.has(prevSolid(text, i)) && CLOSE.has(nextSolid(text, i + 1))) return true;
  }
  return false;
}
