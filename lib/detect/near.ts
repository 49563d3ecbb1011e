/**
 * Word families that make a violation together: a rating and a reward (5 estrellas … regalo), a payment verb
 * and "directly" (转给我 … 直接), a threat and the buyer's home. A rule's `near` entries name two families;
 * a word of each within `within` units of each other in one clause fires, and the span runs from the first
 * word to the last. One family per side covers the paraphrases a list of sentences never ends.
 */
export interface NearGroup {
  rule: number;
  within: number;
  ordered: boolean;
  /** The two words may sit in different clauses of the reply (a rating asked for, a reward offered later). */
  message?: boolean;
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

/** One word of a family seen in the text: group g's side (0: a, 1: b) over [start, end). */
export interface NearHit {
  group: number;
  side: 0 | 1;
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

/** The rule spans of every pair of family words that sit close enough in one clause. */
export function nearSpans(text: string, groups: readonly NearGroup[], hits: readonly NearHit[]): NearSpan[] {
  const out: NearSpan[] = [];
  if (hits.length < 2) return out;
  for (let g = 0; g < groups.length; g++) {
    const a = hits.filter((h) => h.group === g && h.side === 0);
    if (a.length === 0) continue;
    const b = hits.filter((h) => h.group === g && h.side === 1);
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
