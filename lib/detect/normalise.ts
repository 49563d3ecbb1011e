/**
 * Text normalisation with an offset map back to the original text.
 *
 * - `base`: each code point mapped on its own (never NFKC over the whole string): lower case, full width →
 *   half width, compatibility forms, traditional → simplified Chinese, look-alike Cyrillic/Greek → Latin,
 *   circled/superscript/mathematical/keycap digits → ASCII digits; zero-width characters, variation
 *   selectors and combining marks dropped.
 * - `skel`: `base` without separators (spaces, punctuation, symbols, emoji), for term matching.
 * - `digits()`: `base` with CJK numerals and spelled English digits turned into ASCII digits, for phones.
 * Every unit of every view knows the UTF-16 span [start, end) of the original text it came from.
 */
import * as chars from './chars';
import { FOLD, isArabic, isCyrillic, spokenAt } from './number-words';
import { digitRunAt, mayStartDigitWord } from './script-digits';

// Module-level copies: some loaders (tsx, CommonJS output) turn every imported binding into a getter
// call, which costs a lot inside per-character loops.
const {
  astralClass,
  CJK,
  classOf,
  DIGIT,
  fillUnit,
  LETTER,
  MULTI,
  mapAstral,
  OTHER,
  SEP,
  tables,
  UNKNOWN,
  UNKNOWN_CLASS,
} = chars;

export { CJK, DIGIT, LETTER, OTHER, SEP } from './chars';

/** A normalised string whose unit i came from original text [start[i], end[i]). */
export interface View {
  s: string;
  /** The units of `s` (base view only: lets callers skip building the string). */
  units?: Uint16Array;
  start: Int32Array;
  end: Int32Array;
}

export interface Normalised {
  text: string;
  base: View;
  /** Character class of each base unit (SEP, LETTER, DIGIT, CJK, OTHER). */
  baseCls: Uint8Array;
  /** Skeleton units (base without separators), their count, and the base index of each. */
  skel: Uint16Array;
  skelLength: number;
  skelBase: Int32Array;
  /** Base with CJK numerals and spelled digits as ASCII digits (computed on first call). */
  digits(): View;
  /**
   * Gate words a linter's term scan saw (bits of GATE_WORDS, lib/detect/contact/gates.ts); undefined when
   * no scan looked for them, and the gates then search the text themselves.
   */
  literals?: number;
}

const decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;

export function unitsToString(units: Uint16Array, length: number): string {
  // utf-16le decoding would replace lone surrogates, so it is only used when there are none.
  if (decoder && length > 64 && !hasSurrogate(units, length))
    return decoder.decode(units.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(length, i + 8192)) as unknown as number[],
    );
  }
  return out;
}

function grown(
  units: Uint16Array<ArrayBuffer>,
  starts: Int32Array<ArrayBuffer>,
  ends: Int32Array<ArrayBuffer>,
  classes: Uint8Array<ArrayBuffer>,
  skel: Uint16Array<ArrayBuffer>,
  skelBase: Int32Array<ArrayBuffer>,
  cap: number,
): [
  Uint16Array<ArrayBuffer>,
  Int32Array<ArrayBuffer>,
  Int32Array<ArrayBuffer>,
  Uint8Array<ArrayBuffer>,
  Uint16Array<ArrayBuffer>,
  Int32Array<ArrayBuffer>,
] {
  const copy = <T extends Uint16Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
    a: T,
  ): T => {
    const b = new (a.constructor as new (n: number) => T)(cap);
    b.set(a);
    return b;
  };
  return [copy(units), copy(starts), copy(ends), copy(classes), copy(skel), copy(skelBase)];
}

/**
 * Reusable buffers: a linter normalises every keystroke, and zero-filling fresh arrays costs more than
 * the work itself. A result built on a scratch is valid until the next call with the same scratch.
 */
export class Scratch {
  units = new Uint16Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  classes = new Uint8Array(0);
  skel = new Uint16Array(0);
  skelBase = new Int32Array(0);
  digitUnits = new Uint16Array(0);
  digitStarts = new Int32Array(0);
  digitEnds = new Int32Array(0);
  ensure(cap: number): void {
    if (this.units.length >= cap) return;
    this.units = new Uint16Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.classes = new Uint8Array(cap);
    this.skel = new Uint16Array(cap);
    this.skelBase = new Int32Array(cap);
  }
}

function hasSurrogate(units: Uint16Array, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const u = units[i]!;
    if (u >= 0xd800 && u <= 0xdfff) return true;
  }
  return false;
}

/** Output position of the normalisation pass (base units written, skeleton units written). */
interface Cursor {
  /** Next original unit to read. */
  i: number;
  k: number;
  sk: number;
}

/** Makes room in the scratch for `need` units, keeping what is written. */
function reserve(scratch: Scratch, need: number): void {
  if (need <= scratch.units.length) return;
  const [units, starts, ends, classes, skel, skelBase] = grown(
    scratch.units,
    scratch.starts,
    scratch.ends,
    scratch.classes,
    scratch.skel,
    scratch.skelBase,
    Math.max(need, scratch.units.length * 2),
  );
  Object.assign(scratch, { units, starts, ends, classes, skel, skelBase });
}

/** Writes the units of `out` (from original [from, to)) with class `kind` (-1: each unit's own class). */
function emit(scratch: Scratch, cursor: Cursor, out: string, from: number, to: number, kind: number): void {
  for (let j = 0; j < out.length; j++) {
    const u = out.charCodeAt(j);
    const k = cursor.k++;
    const cl = kind >= 0 ? kind : classOf(u);
    scratch.units[k] = u;
    scratch.starts[k] = from;
    scratch.ends[k] = to;
    scratch.classes[k] = cl;
    if (cl !== SEP) {
      scratch.skel[cursor.sk] = u;
      scratch.skelBase[cursor.sk++] = k;
    }
  }
}

/**
 * The rare cases, out of the main loop: a unit not seen before, surrogate pairs, one unit that becomes
 * several (㎏ → kg). Returns the index of the last original unit consumed.
 */
function slowUnit(text: string, i: number, scratch: Scratch, cursor: Cursor): number {
  const { map, multi } = tables();
  const c = text.charCodeAt(i);
  if (COMPOSING[c]) return composed(text, i, scratch, cursor);
  let m = map[c]!;
  if (m === UNKNOWN) m = fillUnit(c);
  if (m === 0) return i;
  const rest = text.length - i;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      const out = mapAstral(cp);
      if (out.length > 0) {
        reserve(scratch, cursor.k + out.length + rest);
        emit(scratch, cursor, out, i, i + 2, astralClass(cp, out));
      }
      return i + 1;
    }
  }
  if (m < 0xd800 || (m > 0xdfff && m < MULTI)) {
    emit(scratch, cursor, String.fromCharCode(m), i, i + 1, -1);
    return i;
  }
  const out = m === MULTI ? multi.get(c)! : String.fromCharCode(m);
  reserve(scratch, cursor.k + out.length + rest);
  emit(scratch, cursor, out, i, i + 1, m === MULTI ? -1 : OTHER);
  return i;
}

/**
 * Combining marks that may compose with the letter before them (Latin, Greek and Cyrillic accents, kana
 * voicing marks, Arabic hamza and madda): "o" + U+0301 reads as "ó", "e" + U+0323 + U+0302 as "ệ".
 */
const COMPOSING = new Uint8Array(0x10000);
COMPOSING.fill(1, 0x300, 0x370);
COMPOSING.fill(1, 0x3099, 0x309b);
COMPOSING.fill(1, 0x653, 0x656);

/**
 * The combining marks from original unit `i` composed with the base unit written just before them, so a
 * decomposed letter reads exactly as its precomposed form (NFC) in every view; that unit's span grows over
 * the marks. Marks that compose with nothing are dropped, as the tables drop them. Returns the index of the
 * last original unit consumed.
 */
function composed(text: string, i: number, scratch: Scratch, cursor: Cursor): number {
  let j = i + 1;
  while (j < text.length && COMPOSING[text.charCodeAt(j)]) j++;
  const k = cursor.k - 1;
  const p = i - 1;
  // The letter before must be one original unit written as one base unit.
  if (k < 0 || scratch.ends[k] !== i || scratch.starts[k] !== p || (k > 0 && scratch.starts[k - 1] === p))
    return j - 1;
  const cluster = text.slice(p, j).normalize('NFC');
  const first = cluster.charCodeAt(0);
  if (first === text.charCodeAt(p) || first >= 0xd800) return j - 1;
  const { map } = tables();
  let m = map[first]!;
  if (m === UNKNOWN) m = fillUnit(first);
  if (m === 0 || m >= 0xd800 || classOf(m) !== scratch.classes[k]) return j - 1;
  scratch.units[k] = m;
  scratch.ends[k] = j;
  if (scratch.classes[k] !== SEP) scratch.skel[cursor.sk - 1] = m;
  return j - 1;
}

/**
 * The main loop: known units that map to one unit, from `cursor.i` until the end or the first unit that
 * needs the slow path (left in `cursor.i`). The buffers are parameters, fixed for the whole loop.
 */
function fastRun(
  text: string,
  cursor: Cursor,
  map: Uint16Array,
  cls: Uint8Array,
  units: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  classes: Uint8Array,
  skel: Uint16Array,
  skelBase: Int32Array,
): void {
  const n = text.length;
  let k = cursor.k;
  let sk = cursor.sk;
  let i = cursor.i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = map[c]!;
    if (m === 0) {
      if (COMPOSING[c]) break;
      continue;
    }
    if (m >= 0xd800) break;
    const kind = cls[m]!;
    if (kind === UNKNOWN_CLASS) break;
    units[k] = m;
    starts[k] = i;
    ends[k] = i + 1;
    classes[k] = kind;
    if (kind !== SEP) {
      skel[sk] = m;
      skelBase[sk++] = k;
    }
    k++;
  }
  cursor.i = i;
  cursor.k = k;
  cursor.sk = sk;
}

/** The base view: `s` is built from the units on first use (many replies never need the string). */
class BaseView implements View {
  private string: string | undefined;
  readonly units: Uint16Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  constructor(scratch: Scratch, length: number) {
    this.units = scratch.units.subarray(0, length);
    this.start = scratch.starts.subarray(0, length);
    this.end = scratch.ends.subarray(0, length);
  }
  get s(): string {
    this.string ??= unitsToString(this.units, this.units.length);
    return this.string;
  }
}

class NormalisedText implements Normalised {
  readonly base: BaseView;
  readonly baseCls: Uint8Array;
  readonly skel: Uint16Array;
  readonly skelBase: Int32Array;
  private digitView: View | undefined;
  literals: number | undefined = undefined;
  constructor(
    readonly text: string,
    private readonly scratch: Scratch,
    length: number,
    readonly skelLength: number,
  ) {
    this.base = new BaseView(scratch, length);
    this.baseCls = scratch.classes.subarray(0, length);
    this.skel = scratch.skel;
    this.skelBase = scratch.skelBase;
  }
  digits(): View {
    this.digitView ??= toDigits(this.base, this.scratch);
    return this.digitView;
  }
}

/** Normalises `text`; cost is linear, a few table lookups per character. */
export function normalise(text: string, scratch: Scratch = new Scratch()): Normalised {
  const { map, cls } = tables();
  const n = text.length;
  // One unit out per unit in on the main path; the slow path reserves room for what it adds.
  scratch.ensure(n + 16);
  const cursor: Cursor = { i: 0, k: 0, sk: 0 };
  for (;;) {
    const { units, starts, ends, classes, skel, skelBase } = scratch;
    fastRun(text, cursor, map, cls, units, starts, ends, classes, skel, skelBase);
    if (cursor.i >= n) break;
    cursor.i = slowUnit(text, cursor.i, scratch, cursor) + 1;
  }
  return new NormalisedText(text, scratch, cursor.k, cursor.sk);
}

/**
 * CJK numerals (after traditional → simplified) as ASCII digit codes, by code unit (0 = not a numeral);
 * with the radio readings people dictate phones in: 幺 1, 两 2, 拐 7, 勾 9, 洞 0.
 */
const CJK_DIGIT = new Uint8Array(0x10000);
for (const [chars, digit] of [
  ['〇零洞', 48],
  ['一幺壹', 49],
  ['二两贰', 50],
  ['三叁参', 51],
  ['四肆', 52],
  ['五伍', 53],
  ['六陆', 54],
  ['七柒拐', 55],
  ['八捌', 56],
  ['九玖勾', 57],
] as const) {
  for (const c of chars) CJK_DIGIT[c.charCodeAt(0)] = digit;
}

/** What a base unit is to a digit chain: a digit (ASCII or CJK numeral), a gap, a letter, other. */
const DIGITISH = 1;
const GAP = 2;
const LOWER = 3;
const DIGIT_KIND = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) if (FOLD[u] || isCyrillic(u) || isArabic(u)) DIGIT_KIND[u] = LOWER;
for (let u = 0x30; u <= 0x39; u++) DIGIT_KIND[u] = DIGITISH;
for (let u = 0; u < 0x10000; u++) if (CJK_DIGIT[u]) DIGIT_KIND[u] = DIGITISH;
// The separators the phone detector allows between digits (a superset: ',' counts even before a non-blank).
for (const c of ' \t-.()/\u00a0\u2029~_·,*•ー') DIGIT_KIND[c.charCodeAt(0)] = GAP;
// Dashes of other widths (‐ ‒ – — ―) and the Japanese long-vowel mark written as a dash (〇九〇ー…).
for (let u = 0x2010; u <= 0x2015; u++) DIGIT_KIND[u] = GAP;
// Symbols and emoji between digits (138🌸6521🌸7709, 7❤5❤9…).
for (let u = 0x2190; u < 0x2c00; u++) DIGIT_KIND[u] = GAP;
for (let u = 0xd800; u < 0xe000; u++) DIGIT_KIND[u] = GAP;

/**
 * Letters read as digits inside a number: l, i → 1, o → 0; s → 5, b → 8 and Cyrillic з → 3 only alone
 * between two digits.
 */
const LOOK_DIGIT: Record<number, number> = { 108: 0x31, 105: 0x31, 111: 0x30 };
const TIGHT_DIGIT: Record<number, number> = { 115: 0x35, 98: 0x38, 1079: 0x33 };

function isAsciiDigit(src: Uint16Array, k: number): boolean {
  return k >= 0 && k < src.length && src[k]! >= 0x30 && src[k]! <= 0x39;
}

/**
 * Look-alike digits for the letter run [i, j), or 0 when it is a word: a lone l, i or o touching a digit
 * ("+86 l39 O7l2 8845"); a lone s or b between two digits ("55S-1B90"); a run of two or three of l, i, o
 * touching a digit on one side with a digit on the other, at most one separator away ("312-8OO-44 77").
 * Words (ZOOM, KOO-120, IO-2024) hold other letters or touch no digit. Returns the digits' codes, or 0.
 */
function lookalike(src: Uint16Array, i: number, j: number): number | readonly number[] {
  const len = j - i;
  if (len === 1) {
    const u = src[i]!;
    const tight = TIGHT_DIGIT[u];
    if (tight) return isAsciiDigit(src, i - 1) && isAsciiDigit(src, j) ? tight : 0;
    const digit = LOOK_DIGIT[u] ?? 0;
    return digit && (isAsciiDigit(src, i - 1) || isAsciiDigit(src, j)) ? digit : 0;
  }
  if (len > 3) return 0;
  const digits: number[] = [];
  for (let k = i; k < j; k++) {
    const d = LOOK_DIGIT[src[k]!];
    if (!d) return 0;
    digits.push(d);
  }
  const near = (k: number, step: -1 | 1) =>
    isAsciiDigit(src, k) || (DIGIT_KIND[src[k] ?? 0] === GAP && isAsciiDigit(src, k + step));
  const before = isAsciiDigit(src, i - 1);
  const after = isAsciiDigit(src, j);
  return (before && near(j, 1)) || (after && near(i - 1, -1)) ? digits : 0;
}

/**
 * Base view units [from, to) (default: all) with CJK numerals and whole spelled English digit words as
 * ASCII digits. Built on `scratch` when given (valid until the next call with it).
 */
export function toDigits(base: View, scratch?: Scratch, from = 0, to?: number): View {
  const src = base.units ?? Uint16Array.from(base.s, (c) => c.charCodeAt(0));
  const n = to ?? src.length;
  const size = n - from;
  if (scratch && scratch.digitUnits.length < size) {
    scratch.digitUnits = new Uint16Array(size + 64);
    scratch.digitStarts = new Int32Array(size + 64);
    scratch.digitEnds = new Int32Array(size + 64);
  }
  const units = scratch ? scratch.digitUnits : new Uint16Array(size);
  const starts = scratch ? scratch.digitStarts : new Int32Array(size);
  const ends = scratch ? scratch.digitEnds : new Int32Array(size);
  let k = 0;
  for (let i = from; i < n; ) {
    const u = src[i]!;
    if (DIGIT_KIND[u] === LOWER) {
      let j = i + 1;
      while (j < n && DIGIT_KIND[src[j]!] === LOWER) j++;
      const spoken = spokenAt(src, i, j, n);
      const look = spoken ? 0 : lookalike(src, i, j);
      if (spoken) {
        // Each digit of a spoken number spans the whole phrase ("treinta y uno" → 3, 1).
        for (const digit of spoken.digits) {
          units[k] = digit;
          starts[k] = base.start[i]!;
          ends[k++] = base.end[spoken.end - 1]!;
        }
        i = spoken.end;
        continue;
      }
      if (typeof look === 'number' && look) {
        units[k] = look;
        starts[k] = base.start[i]!;
        ends[k++] = base.end[j - 1]!;
      } else if (typeof look !== 'number') {
        for (let t = i; t < j; t++) {
          units[k] = look[t - i]!;
          starts[k] = base.start[t]!;
          ends[k++] = base.end[t]!;
        }
      } else {
        for (let t = i; t < j; t++) {
          units[k] = src[t]!;
          starts[k] = base.start[t]!;
          ends[k++] = base.end[t]!;
        }
      }
      i = j;
      continue;
    }
    const run = mayStartDigitWord(u) ? digitRunAt(src, i, n) : undefined;
    if (run) {
      // Spelled digits in Korean, Japanese or Thai: each word one digit; separators kept.
      for (const part of run.parts) {
        for (let t = part.from; t < (part.digit < 0 ? part.to : part.from + 1); t++) {
          units[k] = part.digit < 0 ? src[t]! : 0x30 + part.digit;
          starts[k] = base.start[t]!;
          ends[k++] = part.digit < 0 ? base.end[t]! : base.end[part.to - 1]!;
        }
      }
      i = run.end;
      continue;
    }
    units[k] = CJK_DIGIT[u] || u;
    starts[k] = base.start[i]!;
    ends[k++] = base.end[i]!;
    i++;
  }
  return { s: unitsToString(units, k), start: starts.subarray(0, k), end: ends.subarray(0, k) };
}

/**
 * The base-view ranges [from, to) (flat pairs) where the digits view would contain `min` or more ASCII
 * digits chained by at most `maxGap` separator units each (the phone detector's run shape), found on the
 * base view without building the digits view: CJK numerals and whole spelled digit words count as digits
 * exactly as in `toDigits`. Each range runs from its first digit to the end of its last.
 */
export function digitChains(base: View, min: number, maxGap: number): number[] {
  const src = base.units!;
  const n = src.length;
  const out: number[] = [];
  let chain = 0;
  let gap = 0;
  let first = 0;
  let last = 0;
  for (let i = 0; i < n; ) {
    const u = src[i]!;
    const at = i;
    let kind = DIGIT_KIND[u]!;
    let count = 1;
    i++;
    if (kind === LOWER) {
      while (i < n && DIGIT_KIND[src[i]!] === LOWER) i++;
      const spoken = spokenAt(src, at, i, n);
      if (spoken) {
        count = spoken.digits.length;
        i = spoken.end;
      }
      const look = spoken ? 0 : lookalike(src, at, i);
      if (typeof look !== 'number') count = look.length;
      kind = spoken || look !== 0 ? DIGITISH : 0;
    } else if (mayStartDigitWord(u)) {
      const run = digitRunAt(src, at, n);
      if (run) {
        count = run.parts.filter((p) => p.digit >= 0).length;
        i = run.end;
        kind = DIGITISH;
      }
    }
    if (kind === DIGITISH) {
      if (chain > 0 && gap > maxGap) {
        if (chain >= min) out.push(first, last);
        chain = 0;
      }
      if (chain === 0) first = at;
      chain += count;
      last = i;
      gap = 0;
    } else if (kind === GAP) gap++;
    else if (chain > 0) {
      if (chain >= min) out.push(first, last);
      chain = 0;
    }
  }
  if (chain >= min) out.push(first, last);
  return out;
}

/** Whether `digitChains` would find a chain (the phone detector's cheap pre-check). */
export function hasDigitChain(base: View, min: number, maxGap: number): boolean {
  return digitChains(base, min, maxGap).length > 0;
}

/** The first view index whose original start is >= offset (binary search). */
export function indexAt(view: View, offset: number): number {
  let lo = 0;
  let hi = view.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original span covered by view units [from, to) (to exclusive, to > from). */
export function spanOf(view: View, from: number, to: number): [number, number] {
  return [view.start[from]!, view.end[to - 1]!];
}

/** A term's skeleton: normalised, separators removed (what the automaton matches). */
export function skeletonOf(written: string): string {
  const { map, multi, cls } = tables();
  // Composed as the normaliser composes a reply's letters and their marks.
  const term = written.normalize('NFC');
  // Most terms are normalised already (lower case, simplified, no separators): the term is its skeleton.
  let same = true;
  for (let i = 0; i < term.length && same; i++) {
    const c = term.charCodeAt(i);
    const kind = cls[c]!;
    same = (c < 0xd800 || c > 0xdfff) && map[c] === c && kind !== SEP && kind !== UNKNOWN_CLASS;
  }
  if (same) return term;
  let out = '';
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < term.length) {
      const cp = term.codePointAt(i)!;
      const mapped = mapAstral(cp);
      if (mapped && astralClass(cp, mapped) !== SEP) out += mapped;
      i++;
      continue;
    }
    let m = map[c]!;
    if (m === UNKNOWN) m = fillUnit(c);
    if (m === 0) continue;
    const mapped = m === MULTI ? multi.get(c)! : String.fromCharCode(m);
    for (let j = 0; j < mapped.length; j++) {
      if (classOf(mapped.charCodeAt(j)) !== SEP) out += mapped[j];
    }
  }
  return out;
}

/** Whether a skeleton unit is a letter, a digit, CJK… (for word boundaries of terms). */
export function classOfUnit(u: number): number {
  tables();
  return classOf(u);
}

export const CLASSES = { SEP, LETTER, DIGIT, CJK } as const;
