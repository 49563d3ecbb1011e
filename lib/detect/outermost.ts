import type { Finding } from './types';

/**
 * One rule's findings over the same words say the same thing several times ("cancel the order and buy again"
 * holds "cancel the order"; "you cancel" overlaps it): a nested one is dropped, and an overlapping one widens
 * the first to cover both, unless either carries its own replacement (a masked number; removing both is one
 * removal). Findings of other rules stay, even inside. Expects findings in start order, longer first at one start.
 */
export function outermost(text: string, findings: Finding[]): Finding[] {
  const last = new Map<string, Finding>();
  return findings.filter((f) => {
    const before = last.get(f.ruleId);
    if (before && f.start < before.end) {
      if (f.end <= before.end) return false;
      // Nothing to put back, or removal for both: the union says it once. A masked number keeps its own.
      if (before.replacement === f.replacement && (f.replacement === undefined || f.replacement === '')) {
        before.end = f.end;
        before.match = text.slice(before.start, f.end);
        return false;
      }
    }
    last.set(f.ruleId, f);
    return true;
  });
}
