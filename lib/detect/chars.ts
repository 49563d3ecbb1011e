/**
 * Per-character tables for normalisation: what each UTF-16 code unit (BMP) or astral code point becomes,
 * and which class the result belongs to. Built once, lazily, from Unicode data the JS engine already has
 * (NFKC, toLowerCase, script properties) plus OpenCC's traditional → simplified map.
 */
import t2sData from '@/lib/detect/data/t2s.json';

/** Character classes used by term boundaries and separator skipping. */
export const OTHER = 0;
export const SEP = 1;
export const LETTER = 2;
export const DIGIT = 3;
export const CJK = 4;

/** MAP value: the character is dropped (zero-width, variation selector, combining mark…). */
const DROP = 0;
/** MAP value: the character becomes several units; see MULTI. */
const MULTI_FLAG = 0xffff;

const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  ӏ: 'l',
  ո: 'n',
  ս: 'u',
  А: 'a',
  В: 'b',
  Е: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  Х: 'x',
  І: 'i',
  Ј: 'j',
  Ѕ: 's',
  Ү: 'y',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  γ: 'y',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  ı: 'i',
  ɑ: 'a',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
};

const RE_SEP = /^[\p{P}\p{S}\p{Z}\p{C}]+$/u;
const RE_CJK =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const RE_LETTER = /^[\p{L}\p{M}]/u;
const RE_DROP = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const RE_ALNUM = /[^\p{L}\p{N}]/gu;

let map: Uint16Array | undefined;
let cls: Uint8Array | undefined;
const multi = new Map<number, string>();
const astral = new Map<number, string>();

function classify(ch: string): number {
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (RE_SEP.test(ch)) return SEP;
  if (RE_CJK.test(ch)) return CJK;
  if (RE_LETTER.test(ch)) return LETTER;
  return OTHER;
}

function t2s(): Map<string, string> {
  const chars = Array.from((t2sData as { pairs: string }).pairs);
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) out.set(chars[i]!, chars[i + 1]!);
  return out;
}

/** Enclosed/dingbat digits the NFKC data leaves alone: ❶-❿ ➀-➉ ➊-➓. */
function dingbatDigit(cp: number): string | undefined {
  for (const base of [0x2776, 0x2780, 0x278a]) {
    if (cp >= base && cp < base + 10) return String(cp - base + 1);
  }
  return undefined;
}

const RE_DECIMAL = /^\p{Nd}$/u;

/**
 * A decimal digit of any script (Thai ๑, Arabic-Indic ١, Devanagari १, Myanmar ၁…) as its ASCII digit.
 * Unicode keeps each script's digits as one run from 0 to 9, so the value is the distance to the run's
 * start (mod 10, for the mathematical digits' five runs in a row).
 */
function scriptDigit(ch: string, cp: number): string | undefined {
  if (cp < 0x80 || !RE_DECIMAL.test(ch)) return undefined;
  let start = cp;
  while (RE_DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

/** The normalised form of one character: '' when it is dropped. */
export function mapChar(ch: string, simplify: Map<string, string>): string {
  const cp = ch.codePointAt(0)!;
  if (RE_DROP.test(ch) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x3164 || cp === 0xffa0) return '';
  const homoglyph = HOMOGLYPHS[ch];
  if (homoglyph) return homoglyph;
  const dingbat = dingbatDigit(cp);
  if (dingbat) return dingbat;
  if (cp >= 0x1f51f && cp <= 0x1f51f) return '10';
  let out = ch.normalize('NFKC');
  if (out === ch) out = scriptDigit(ch, cp) ?? out;
  // Enclosed numerals and letters: ⑴ ⒈ ㈠ 🄰 keep only their letters and digits.
  if ((cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x3200 && cp <= 0x32ff) || (cp >= 0x1f100 && cp <= 0x1f1ff)) {
    const inner = out.replace(RE_ALNUM, '');
    if (inner) out = inner;
  }
  // Squared 🄰, negative circled 🅐 and negative squared 🅰 letters: three runs of A-Z, 32 code points apart.
  if (cp >= 0x1f130 && cp <= 0x1f189 && (cp - 0x1f130) % 32 < 26)
    out = String.fromCharCode(0x61 + ((cp - 0x1f130) % 32));
  let result = '';
  for (const part of out) {
    const lower = (simplify.get(part) ?? part).toLowerCase();
    for (const c of lower) result += HOMOGLYPHS[c] ?? (RE_DROP.test(c) ? '' : c);
  }
  return result;
}

/** MAP value: not computed yet (tables fill lazily, so a page pays only for the characters it sees). */
export const UNKNOWN = 0xfffe;
/** CLS value: not computed yet. */
export const UNKNOWN_CLASS = 255;

let simplify: Map<string, string> | undefined;

/** Traditional → simplified Chinese, one character to one (OpenCC's pairs); built once. */
export function simplifier(): Map<string, string> {
  simplify ??= t2s();
  return simplify;
}

/** Computes and stores the normalised form of one BMP code unit; returns the MAP value. */
export function fillUnit(c: number): number {
  const m = map!;
  if (c >= 0xd800 && c <= 0xdfff) {
    m[c] = c;
    return c;
  }
  const out = mapChar(String.fromCharCode(c), simplifier());
  let value: number;
  if (out.length === 0) value = DROP;
  else if (out.length === 1 && out.charCodeAt(0) < UNKNOWN && out.charCodeAt(0) !== DROP)
    value = out.charCodeAt(0);
  else {
    value = MULTI_FLAG;
    multi.set(c, out);
  }
  m[c] = value;
  return value;
}

/** The class of one output code unit, computed on first use. */
export function classOf(u: number): number {
  const k = cls![u]!;
  if (k !== UNKNOWN_CLASS) return k;
  const value = u >= 0xd800 && u <= 0xdfff ? OTHER : classify(String.fromCharCode(u));
  cls![u] = value;
  return value;
}

/** The BMP tables (filled lazily: see UNKNOWN, fillUnit, classOf). */
let tableSet: { map: Uint16Array; cls: Uint8Array; multi: Map<number, string> } | undefined;
export function tables(): { map: Uint16Array; cls: Uint8Array; multi: Map<number, string> } {
  if (!tableSet) {
    map = new Uint16Array(0x10000).fill(UNKNOWN);
    cls = new Uint8Array(0x10000).fill(UNKNOWN_CLASS);
    tableSet = { map, cls, multi };
  }
  return tableSet;
}

export const MULTI = MULTI_FLAG;

/** The normalised form of an astral code point ('' = dropped). */
export function mapAstral(cp: number): string {
  let out = astral.get(cp);
  if (out === undefined) {
    if (cp >= 0xe0000 && cp <= 0xe01ef) out = '';
    else out = mapChar(String.fromCodePoint(cp), simplifier());
    astral.set(cp, out);
  }
  return out;
}

/** The class of an astral code point's normalised form. */
export function astralClass(cp: number, mapped: string): number {
  tables();
  if (mapped.length === 1) return classOf(mapped.charCodeAt(0));
  if (cp >= 0x20000 && cp <= 0x3ffff) return CJK;
  if (/^\p{Extended_Pictographic}/u.test(mapped) || RE_SEP.test(mapped)) return SEP;
  return classify(mapped);
}
