/**
 * Word families that make a violation together: a rating and a reward (5 estrellas … regalo), a payment verb
 * and "directly" (转给我 … 直接), a threat and the buyer's home. A rule's `near` entries name two families;
 * a word of each within `within` units of each other in one clause fires, and the span runs from the first
 * word to the last. One family per side covers the paraphrases a list of sentences never ends.
 */
import { feeBeside } from './fees';

export interface NearGroup {
  rule: number;
  within: number;
  ordered: boolean;
  /** The two words may sit in different clauses of the reply (a rating asked for, a reward offered later). */
  message?: boolean;
}

/** A near family's sides: its two word families, and the words that say the pair is something else. */
export type NearSideIndex = 0 | 1 | 2;

/** The `rule` of a near family's word in the term automaton: the group and the side (2: an `unless` word). */
export function nearEntryRule(group: number, side: NearSideIndex): number {
  return group * 3 + side;
}

/** The group and side a near word's automaton entry stands for (see nearEntryRule). */
export function nearEntrySide(rule: number): { group: number; side: NearSideIndex } {
  return { group: Math.floor(rule / 3), side: (rule % 3) as NearSideIndex };
}

/** The rule index a near side's pattern reports under (negative, so it never names a rule): see nearSide. */
export function nearPatternRule(group: number, side: 0 | 1): number {
  return -1 - (group * 2 + side);
}

/** The near side a pattern candidate's rule index stands for, or undefined for a rule's own pattern. */
export function nearSide(rule: number): { group: number; side: 0 | 1 } | undefined {
  if (rule >= 0) return undefined;
  const code = -1 - rule;
  return { group: code >> 1, side: (code & 1) as 0 | 1 };
}

/** One word of a family seen in the text: group g's side (0: a, 1: b, 2: unless) over [start, end). */
export interface NearHit {
  group: number;
  side: NearSideIndex;
  start: number;
  end: number;
}

/** A term ending in `*` matches as a word's beginning (rembours* → remboursons, rembourser). */
export const PREFIX_MARK = '*';

/** A clause ends at a sentence mark, a line break, or a full stop before a blank. */
const CLAUSE_END = /[。！？!?\n;；\u2029]|\.\s/;

/** A pair's span. */
export interface NearSpan {
  rule: number;
  start: number;
  end: number;
  /** The later word's start, and the earlier word's end: a negation between them negates the pair. */
  last: number;
  gap: number;
}

/** How far (UTF-16 units) an `unless` word is looked for around a pair, inside its clause. */
const UNLESS_REACH = 160;

/**
 * Whether an `unless` word sits in the clause around [start, end) (the platform refunds, at checkout); a
 * platform named with its fee (to save the eBay fees) is no such word.
 */
function guarded(text: string, unless: readonly NearHit[], start: number, end: number): boolean {
  for (const u of unless) {
    if (u.end <= start - UNLESS_REACH || u.start >= end + UNLESS_REACH) continue;
    if (feeBeside(text, u.start, u.end) || refusedBefore(text, u.start)) continue;
    const between = u.start < start ? text.slice(u.end, start) : text.slice(end, u.start);
    if (u.start < end && start < u.end) return true;
    if (!CLAUSE_END.test(between)) return true;
  }
  return false;
}

/** Words that turn an `unless` word around: no need to check out, outside the platform, 不走平台. */
const TURNED =
  /(?:\bno need\b|\bwithout\b|\bskip\b|\bbypass\b|\binstead of\b|\boutside\b|\bnot\b|\bdon'?t\b|tak payah|tak perlu|tidak perlu|(?:gak|ga|nggak|tak) usah|\bsin\b|\bsem\b|\bfuera de\b|\bfora d[oa]\b|außerhalb|不用|不需要|不走|không cần|ไม่ต้อง)/i;

/** Whether the clause before an `unless` word turns it around ("…, tak payah checkout dalam TikTok"). */
function refusedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const cut = Math.max(...Array.from(',;.!?\n，。！？', (c) => before.lastIndexOf(c)));
  return TURNED.test(before.slice(cut + 1));
}

/** The rule spans of every pair of family words that sit close enough in one clause. */
export function nearSpans(text: string, groups: readonly NearGroup[], hits: readonly NearHit[]): NearSpan[] {
  const out: NearSpan[] = [];
  if (hits.length < 2) return out;
  for (let g = 0; g < groups.length; g++) {
    const a = hits.filter((h) => h.group === g && h.side === 0);
    if (a.length === 0) continue;
    const b = hits.filter((h) => h.group === g && h.side === 1);
    const unless = hits.filter((h) => h.group === g && h.side === 2);
    const { rule, within, ordered, message } = groups[g]!;
    for (const x of a) {
      let best: NearHit | undefined;
      let bestGap = Number.POSITIVE_INFINITY;
      for (const y of b) {
        if (y.start < x.end && x.start < y.end) continue;
        if (ordered && y.start < x.end) continue;
        const [first, second] = x.start < y.start ? [x, y] : [y, x];
        const gap = second.start - first.end;
        if (gap > within || gap >= bestGap) continue;
        if (!message && CLAUSE_END.test(text.slice(first.end, second.start))) continue;
        best = y;
        bestGap = gap;
      }
      if (best && guarded(text, unless, Math.min(x.start, best.start), Math.max(x.end, best.end))) continue;
      if (best)
        out.push({
          rule,
          start: Math.min(x.start, best.start),
          end: Math.max(x.end, best.end),
          last: Math.max(x.start, best.start),
          gap: Math.min(x.end, best.end),
        });
    }
  }
  return out;
}
