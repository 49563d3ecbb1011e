/**
 * Term matching: every term, exception and allow-list word goes into one automaton over skeletons
 * (normalised text without separators). A term hit is accepted only when
 * - Latin edges sit on word boundaries ("line" not in "online"; digits likewise; a near word, term or
 *   exception written as a prefix or stem has none after it), and
 * - separators skipped inside it look like deliberate spacing: at most 4 separator units per gap, no line
 *   break, and Latin letters split by spaces only when every letter stands alone ("w e c h a t", not
 *   "we chat"), and the spaced run does not go on beyond the match.
 * Exceptions and allow words are reported as spans; the caller cancels findings that lie inside them.
 */

import { Automaton } from './automaton';
import { CLOSING, isWs, OPENING } from './blanks';
import type { Normalised } from './normalise';
import * as normalised from './normalise';
import type { TermEntry } from './plan';

// Local copies: imported bindings can be getter calls under some loaders (tsx), costly in hot loops.
const { CJK, classOfUnit, DIGIT, LETTER, SEP, skeletonOf } = normalised;

const MAX_GAP = 4;
/** Entry kinds that may be written as a word's beginning (`*` at the end: rembours*, debil*). */
const STEMMED = new Set<TermEntry['kind']>(['term', 'exception', 'near']);

/**
 * Hits as parallel typed arrays, reused from one scan to the next (a linter scans on every keystroke:
 * no object per hit). Hit i is entry[i] (index into the entries given to compileTerms) over the original
 * text [start[i], end[i]).
 */
export class TermHits {
  /**
   * Hits kept per scan: nested terms in a repetitive text (微, 微微, 微微微… over 微微微…) would otherwise
   * make millions (a lint of seconds). Past it, further hits are dropped (`dropped` counts them).
   */
  static readonly LIMIT = 10_000;
  length = 0;
  dropped = 0;
  entry = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  push(entry: number, start: number, end: number): void {
    if (this.length >= TermHits.LIMIT) {
      this.dropped++;
      return;
    }
    if (this.length === this.entry.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.entry = grow(this.entry);
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    const i = this.length++;
    this.entry[i] = entry;
    this.start[i] = start;
    this.end[i] = end;
  }
}

export interface CompiledTerms {
  /** Accepted term hits and (unvalidated) exception/allow hits, in original-text offsets, into `out`. */
  scan(n: Normalised, out?: TermHits): TermHits;
  readonly entries: readonly TermEntry[];
}

/** Edge flags: whether the first/last unit of a skeleton is a letter or a digit. */
function edgeClass(u: number): number {
  const k = classOfUnit(u);
  return k === LETTER || k === DIGIT ? k : CJK;
}

export function compileTerms(entries: readonly TermEntry[]): CompiledTerms {
  const idOf = new Map<string, number>();
  const patterns: string[] = [];
  const byPattern: number[][] = [];
  const spaced: boolean[] = [];
  entries.forEach((entry, index) => {
    // Sound entries come as phonetic-view units already (lib/detect/sound.ts soundKey).
    const skel = entry.kind === 'sound' ? entry.text : skeletonOf(entry.text);
    if (!skel) return;
    let id = idOf.get(skel);
    if (id === undefined) {
      id = patterns.push(skel) - 1;
      idOf.set(skel, id);
      byPattern.push([]);
      spaced.push(false);
    }
    byPattern[id]!.push(index);
    // Multi-word terms ("add me on", "western union", "на мою карту") may be written with spaces between
    // their words.
    if (/[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(entry.text.trim())) spaced[id] = true;
  });
  const automaton = Automaton.build(patterns);
  const lengths = automaton.lengths;
  // Per pattern: the class of its first and last unit (word boundaries), and whether it is a number (1688,
  // the wholesale site: a price with the same digits is not a mention).
  const first = new Uint8Array(patterns.length);
  const last = new Uint8Array(patterns.length);
  const numeric = new Uint8Array(patterns.length);
  const entryStart = new Int32Array(patterns.length + 1);
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    first[i] = edgeClass(p.charCodeAt(0));
    last[i] = edgeClass(p.charCodeAt(p.length - 1));
    numeric[i] = first[i] === DIGIT && /^[0-9]+$/.test(p) ? 1 : 0;
    entryStart[i + 1] = entryStart[i]! + byPattern[i]!.length;
  }
  // Per entry (flat, pattern by pattern): its index; whether it needs the boundary check (terms and
  // aliases); for atoms and gates the base span a skeleton hit must have (a hit across a word break,
  // "t o" for "to", is no atom) and the word-boundary sides the pattern puts around it.
  const entryOf = new Int32Array(entryStart[patterns.length]!);
  const checked = new Uint8Array(entryOf.length);
  const span = new Int32Array(entryOf.length);
  const edges = new Uint8Array(entryOf.length);
  // Near words written as prefixes (rembours*) and stems (debil*): no word boundary after them.
  const prefix = new Uint8Array(entryOf.length);
  for (let i = 0, j = 0; i < patterns.length; i++) {
    for (const e of byPattern[i]!) {
      const entry = entries[e]!;
      entryOf[j] = e;
      checked[j] = entry.kind === 'atom' || entry.kind === 'gate' ? 0 : 1;
      span[j] = atomSpan(entry);
      edges[j] = span[j]! > 0 ? atomEdges(entry) : 0;
      prefix[j] = STEMMED.has(entry.kind) && ((entry.edges ?? 0) & 8) !== 0 ? 1 : 0;
      j++;
    }
  }

  return {
    entries,
    scan(n, out = new TermHits()) {
      out.length = 0;
      out.dropped = 0;
      const { skelBase, base } = n;
      const units = base.units!;
      automaton.scan(n.skel, n.skelLength, (pattern, end) => {
        if (out.length >= TermHits.LIMIT) return void out.dropped++;
        const start = end - lengths[pattern]!;
        // The hit's first and last base units, and its span in the original text.
        const b0 = skelBase[start]!;
        const b1 = skelBase[end - 1]!;
        const from = base.start[b0]!;
        const to = base.end[b1]!;
        let valid = -1;
        let validPrefix = -1;
        for (let j = entryStart[pattern]!; j < entryStart[pattern + 1]!; j++) {
          const need = span[j]!;
          if (need > 0) {
            if (b1 - b0 + 1 !== need) continue;
            const edge = edges[j]!;
            if ((edge & 1) !== 0 && isWordUnit(units[b0]!) && b0 > 0 && isWordUnit(units[b0 - 1]!)) continue;
            if (
              (edge & 2) !== 0 &&
              isWordUnit(units[b1]!) &&
              b1 + 1 < units.length &&
              isWordUnit(units[b1 + 1]!)
            )
              continue;
            if ((edge & 4) !== 0 && !setOff(units, b0, b1)) continue;
          }
          if (prefix[j] === 1) {
            if (validPrefix < 0)
              validPrefix = accept(n, start, end, first[pattern]!, CJK, spaced[pattern]!) ? 1 : 0;
            if (validPrefix === 0) continue;
          } else if (checked[j] === 1) {
            if (valid < 0)
              valid =
                accept(n, start, end, first[pattern]!, last[pattern]!, spaced[pattern]!) &&
                !(numeric[pattern] === 1 && priced(units, b0, b1))
                  ? 1
                  : 0;
            if (valid === 0) continue;
          }
          out.push(entryOf[j]!, from, to);
        }
      });
      return out;
    },
  };
}

/**
 * For an atom whose skeleton is its text without separators, the number of base units from its first to
 * its last non-separator (what its skeleton hit must span); otherwise -1 (no check).
 */
function atomSpan(entry: TermEntry): number {
  if (entry.kind !== 'atom' && entry.kind !== 'gate') return -1;
  const text = entry.text;
  let plain = '';
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (classOfUnit(text.charCodeAt(i)) === SEP) continue;
    plain += text[i];
    if (first < 0) first = i;
    last = i;
  }
  return first >= 0 && plain === skeletonOf(text) ? last - first + 1 : -1;
}

/** An atom's word-boundary sides, kept only where the atom's own edge is not a separator. */
function atomEdges(entry: TermEntry): number {
  const text = entry.text;
  let edges = entry.edges ?? 0;
  if (classOfUnit(text.charCodeAt(0)) === SEP) edges &= ~1;
  if (classOfUnit(text.charCodeAt(text.length - 1)) === SEP) edges &= ~2;
  return edges;
}

/** Whether base units [b0, b1] have a blank or an opening bracket before and a blank or closing one after. */
function setOff(units: Uint16Array, b0: number, b1: number): boolean {
  const before = b0 > 0 ? units[b0 - 1]! : -1;
  const after = b1 + 1 < units.length ? units[b1 + 1]! : -1;
  return (isWs(before) || OPENING.has(before)) && (isWs(after) || CLOSING.has(after));
}

const CURRENCY = new Set(Array.from('$¥€£₱฿₫₩₹', (c) => c.charCodeAt(0)));
const PRICE_AFTER = new Set(Array.from('元块円', (c) => c.charCodeAt(0)));

/** Whether the number in base units [b0, b1] is a price: a currency sign before, a unit or cents after. */
function priced(units: Uint16Array, b0: number, b1: number): boolean {
  let before = b0 - 1;
  if (before >= 0 && units[before] === 0x20) before--;
  if (before >= 0 && CURRENCY.has(units[before]!)) return true;
  const after = units[b1 + 1];
  if (after !== undefined && PRICE_AFTER.has(after)) return true;
  return after === 0x2e && units[b1 + 2] !== undefined && units[b1 + 2]! >= 0x30 && units[b1 + 2]! <= 0x39;
}

/** RE2's `\w` (ASCII only), on lower-cased units. */
export function isWordUnit(u: number): boolean {
  return (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || u === 0x5f || (u >= 0x41 && u <= 0x5a);
}

const ARABIC_CLITICS = /^(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)$/;
const isArabicLetter = (u: number) => u >= 0x0621 && u <= 0x064a;

/**
 * Arabic glues its conjunctions, prepositions and article to the next word (بخمس نجوم, والخصم): a term
 * of four letters or more that starts an Arabic word after them starts a word (shorter ones end too many
 * words: مال in كمال).
 */
function arabicClitics(units: ArrayLike<number>, b0: number, b1: number): boolean {
  if (b1 - b0 < 3 || !isArabicLetter(units[b0]!)) return false;
  let w = b0;
  while (w > 0 && b0 - w < 4 && isArabicLetter(units[w - 1]!)) w--;
  if (w > 0 && isArabicLetter(units[w - 1]!)) return false;
  let glued = '';
  for (let i = w; i < b0; i++) glued += String.fromCharCode(units[i]!);
  return ARABIC_CLITICS.test(glued);
}

function isSpace(u: number): boolean {
  return u === 0x20 || u === 0x09 || u === 0xa0 || u === 0x3000;
}

/** Validates a skeleton match [start, end) against word boundaries and separator spacing. */
function accept(
  n: Normalised,
  start: number,
  end: number,
  firstClass: number,
  lastClass: number,
  multiword: boolean,
): boolean {
  const { skelBase, baseCls } = n;
  const units = n.base.units!;
  const b0 = skelBase[start]!;
  const b1 = skelBase[end - 1]!;
  if (firstClass !== CJK && b0 > 0 && baseCls[b0 - 1] === firstClass && !arabicClitics(units, b0, b1))
    return false;
  if (lastClass !== CJK && b1 + 1 < baseCls.length && baseCls[b1 + 1] === lastClass) return false;
  if (b1 - b0 === end - start - 1) return true;
  let spacedLatin = false;
  let joinedLatin = false;
  for (let i = start; i + 1 < end; i++) {
    const p = skelBase[i]!;
    const q = skelBase[i + 1]!;
    const bothLetters = baseCls[p] === LETTER && baseCls[q] === LETTER;
    if (q === p + 1) {
      if (bothLetters) joinedLatin = true;
      continue;
    }
    if (q - p - 1 > MAX_GAP) return false;
    for (let g = p + 1; g < q; g++) {
      const u = units[g]!;
      // A line break ends a term, except between the words of a multi-word one ("Whats\nApp").
      if ((u === 0x0a || u === 0x0d) && !(multiword && bothLetters)) return false;
      if (bothLetters && isSpace(u)) spacedLatin = true;
    }
  }
  if (!spacedLatin || multiword) return true;
  if (joinedLatin) return false;
  // A spaced-out match must not be a piece of a longer spaced-out word ("o n l i n e" is not "line").
  if (
    b0 >= 2 &&
    baseCls[b0 - 1] === SEP &&
    baseCls[b0 - 2] === LETTER &&
    (b0 < 3 || baseCls[b0 - 3] !== LETTER)
  )
    return false;
  const len = baseCls.length;
  if (
    b1 + 2 < len &&
    baseCls[b1 + 1] === SEP &&
    baseCls[b1 + 2] === LETTER &&
    (b1 + 3 >= len || baseCls[b1 + 3] !== LETTER)
  )
    return false;
  return true;
}
