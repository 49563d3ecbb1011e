/**
 * Links written to dodge filters, read once more written plainly: defanged dots and schemes
 * (`shop[.]com`, `shop(.)store`, `shop{.}shop`, `shop[dot]net`, `hxxps://`), dots spaced out
 * (`www . shop-name . shop`, `shopname . com . br`) and the dot said in another language or script
 * (`shop 닷 com`, `shopドットcom`, `shop จุด com`, `shop точка ru`, `shop chấm vn`). Each edit is a dot (or a
 * scheme) the reader puts back; the url detector then reads the edited text and keeps the links that need an
 * edit. Weak edits (a dot spaced on both sides without www, a word that also means "point" or "note") need a
 * top-level domain that reads as one (tlds.ts) and is not written as a capitalised word: "Thanks . Net
 * price", "a good point in general", "en este punto es importante" are prose.
 */
import { isWs } from '@/lib/detect/blanks';
import { normalise } from '@/lib/detect/normalise';
import { type Packed, pack } from './packed';
import { DOT_WORDS as LATIN_DOTS, MIDDLE_DOT } from './tlds';

export interface Edit {
  from: number;
  to: number;
  strong: boolean;
}

const base = (word: string) => normalise(word).base.s;
const OPEN = '[\\[({<【（「]';
const CLOSE = '[\\])}>】）」]';
/** "dot" and "point" in en, es, pt, fr, de, id/ms, vi, ru (точка: its base form keeps ч): ordinary words too. */
const DOT_WORDS = [...LATIN_DOTS, 'chấm', 'точка'].map(base);
/** "dot" in scripts without spaces: ko 닷, ja ドット (both only "dot"), th จุด (base จด: also "note"); 点 is url.ts's. */
const GLUED_STRONG = ['닷', 'ドット'].map(base);
const GLUED_WEAK = ['จุด'].map(base);

const TOKENS = new RegExp(
  [
    `(?<bracket>\\s*${OPEN}\\s*(?:\\.|。|点|${DOT_WORDS.join('|')})\\s*${CLOSE}\\s*)`,
    '(?<scheme>(?<![a-z])h[x*]{2}p(?=s?(?:\\[:\\]|:)//))',
    '(?<colon>\\[:\\](?=//))',
    `(?<word>\\s+(?:${DOT_WORDS.join('|')})\\s+)`,
    `(?<glued>\\s*(?:${GLUED_STRONG.join('|')})\\s*)`,
    `(?<gluedWeak>\\s*(?:${GLUED_WEAK.join('|')})\\s*)`,
    '(?<spaced>\\s+\\.\\s+)',
    `(?<middle>\\s*${MIDDLE_DOT}\\s*)`,
  ].join('|'),
  'g',
);
/**
 * A link with blanks around its dot and its slash ("linktr . ee / name", "mybrand . co / drop"): the path
 * after a spaced slash makes the spaced dot a link's, so both are strong edits.
 */
const SLASHED =
  /(?<![a-z0-9-])[a-z0-9][a-z0-9-]{2,62}(?<dot>\s*\.\s*)[a-z]{2,6}(?<slash>\s*\/\s*)[a-z0-9][a-z0-9_-]{1,39}(?![a-z0-9.])/dg;

/** A www name with its dots spaced on either side: "www. shop-name .shop". */
const WWW = /(?<![a-z0-9])www(?:\s*\.\s*[a-z0-9-]+)+/g;
const WWW_DOT = /\s*\.\s*/g;

/** Units a bracketed dot or colon may open with after its bracket: . 。 点 :, and d p t c (dot, punto, titik, chấm…). */
const BRACKETED = new Set([0x2e, 0x3002, 0x70b9, 0x3a, 0x64, 0x70, 0x74, 0x63]);
const OPENING = new Set([0x5b, 0x28, 0x7b, 0x3c, 0x3010, 0xff08, 0x300c]);

/**
 * Cheap pre-check on the base view's units (a superset of what `refanged` edits): a dot with a blank before
 * it or after www, an opening bracket then a dot or a dot word, 닷, ドット, จด, ч, or "hx"/"h*".
 */
export function maybeDefanged(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u === 0x2e) {
      if (isWs(units[i - 1] ?? 0) || (units[i - 1] === 0x77 && units[i - 2] === 0x77)) return true;
    } else if (OPENING.has(u)) {
      let k = i + 1;
      while (k < units.length && isWs(units[k]!)) k++;
      if (BRACKETED.has(units[k] ?? 0)) return true;
    } else if (u === 0xb2f7 || u === 0x30c9 || u === 0x0447 || u === 0xb7 || u === 0x30fb || u === 0x2022)
      return true;
    else if (u === 0x2f && (isWs(units[i - 1] ?? 0) || isWs(units[i + 1] ?? 0))) return true;
    else if (u === 0x0e08 && units[i + 1] === 0x0e14) return true;
    else if (u === 0x68 && (units[i + 1] === 0x78 || units[i + 1] === 0x2a)) return true;
  }
  return false;
}

/** The base view with its disguised dots and schemes written plainly, and the edits made; undefined if none. */
export function refanged(s: string): { packed: Packed; edits: Edit[] } | undefined {
  const edits: (Edit & { by: string })[] = [];
  for (const m of s.matchAll(WWW)) {
    for (const d of m[0].matchAll(WWW_DOT)) {
      if (d[0] === '.') continue;
      edits.push({ from: m.index + d.index, to: m.index + d.index + d[0].length, strong: true, by: '.' });
    }
  }
  for (const m of s.matchAll(SLASHED)) {
    const { dot, slash } = m.indices!.groups!;
    if (m.groups!.dot === '.' && m.groups!.slash === '/') continue;
    // A www name's dots are edited already ("www . shop . cn/x").
    if (!edits.some((e) => e.from < dot![1] && dot![0] < e.to))
      edits.push({ from: dot![0], to: dot![1], strong: true, by: '.' });
    if (m.groups!.slash !== '/') edits.push({ from: slash![0], to: slash![1], strong: true, by: '/' });
  }
  for (const m of s.matchAll(TOKENS)) {
    const from = m.index;
    const to = from + m[0].length;
    if (edits.some((e) => e.from < to && from < e.to)) continue;
    const g = m.groups!;
    const by = g.scheme ? 'http' : g.colon ? ':' : '.';
    // A middle dot is strong only glued on both sides (shop·com); spaced, it may separate words.
    const weak = g.spaced || g.gluedWeak || g.word || (g.middle && g.middle.length > 1);
    edits.push({ from, to, strong: !weak, by });
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.from - b.from);
  return {
    packed: pack(
      s,
      edits.map((e) => [e.from, e.to, e.by] as const),
    ),
    edits,
  };
}
