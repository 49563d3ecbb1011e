/**
 * Term matching: every term, exception and allow-list word goes into one automaton over skeletons
 * (normalised text without separators). A term hit is accepted only when
 * - Latin edges sit on word boundaries ("line" not in "online"; digits likewise), and
 * - separators skipped inside it look like deliberate spacing: at most 4 separator units per gap, no line
 *   break, and Latin letters split by spaces only when every letter stands alone ("w e c h a t", not
 *   "we chat"), and the spaced run does not go on beyond the match.
 * Exceptions and allow words are reported as spans; the caller cancels findings that lie inside them.
 */
import type { TermEntry } from '../rules/compile';
import { Automaton } from './automaton';
import type { Normalised } from './normalise';
import * as normalised from './normalise';

// Local copies: imported bindings can be getter calls under some loaders (tsx), costly in hot loops.
const { CJK, classOfUnit, DIGIT, LETTER, SEP, skeletonOf } = normalised;

const MAX_GAP = 4;

export interface TermHit {
  /** Index into the entries given to compileTerms. */
  entry: number;
  start: number;
  end: number;
}

export interface CompiledTerms {
  /** Accepted term hits and (unvalidated) exception/allow hits, in original-text offsets. */
  scan(n: Normalised): TermHit[];
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
    const skel = skeletonOf(entry.text);
    if (!skel) return;
    let id = idOf.get(skel);
    if (id === undefined) {
      id = patterns.push(skel) - 1;
      idOf.set(skel, id);
      byPattern.push([]);
      spaced.push(false);
    }
    byPattern[id]!.push(index);
    // Multi-word terms ("add me on", "western union") may be written with spaces between their words.
    if (/[a-z0-9][^a-z0-9]+[a-z0-9]/i.test(entry.text.trim())) spaced[id] = true;
  });
  const automaton = Automaton.build(patterns);
  const first = new Uint8Array(patterns.length);
  const last = new Uint8Array(patterns.length);
  patterns.forEach((p, i) => {
    first[i] = edgeClass(p.charCodeAt(0));
    last[i] = edgeClass(p.charCodeAt(p.length - 1));
  });
  const lengths = automaton.lengths;

  return {
    entries,
    scan(n) {
      const hits: TermHit[] = [];
      const { skelBase, base } = n;
      automaton.scan(n.skel, n.skelLength, (pattern, end) => {
        const start = end - lengths[pattern]!;
        const list = byPattern[pattern]!;
        let valid: boolean | undefined;
        for (const entry of list) {
          const kind = entries[entry]!.kind;
          if (kind === 'term' || kind === 'alias') {
            valid ??= accept(n, start, end, first[pattern]!, last[pattern]!, spaced[pattern]!);
            if (!valid) continue;
          }
          hits.push({ entry, start: base.start[skelBase[start]!]!, end: base.end[skelBase[end - 1]!]! });
        }
      });
      return hits;
    },
  };
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
  const s = n.base.s;
  const b0 = skelBase[start]!;
  const b1 = skelBase[end - 1]!;
  if (firstClass !== CJK && b0 > 0 && baseCls[b0 - 1] === firstClass) return false;
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
      const u = s.charCodeAt(g);
      if (u === 0x0a || u === 0x0d) return false;
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
