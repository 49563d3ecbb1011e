import type { Finding } from '@/lib/detect/types';
import type { Box } from '@/lib/editor/types';

/** A finding and where its text is drawn (one box per line it spans). */
export interface MarkView {
  key: string;
  finding: Finding;
  boxes: Box[];
}

/** One key per drawn finding: `ruleId:start:end` (contract 4's `data-finding`). */
export const findingKey = (finding: Finding) => `${finding.ruleId}:${finding.start}:${finding.end}`;

/** One finding per key, the first of each (two rules may report the same span under the same id). */
export function distinctFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = findingKey(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The finding at (or nearest before) a caret offset, for the keyboard shortcut. */
export function findingAt(findings: Finding[], caret: number): Finding | undefined {
  return (
    findings.find((finding) => finding.start <= caret && caret <= finding.end) ??
    [...findings].reverse().find((finding) => finding.end <= caret) ??
    findings[0]
  );
}

/** The mark under a pointer (top-viewport coordinates); a little slack above and below the line. */
export function markAt(marks: readonly MarkView[], x: number, y: number): MarkView | undefined {
  return marks.find((mark) =>
    mark.boxes.some(
      (box) =>
        x >= box.left && x <= box.left + box.width && y >= box.top - 2 && y <= box.top + box.height + 3,
    ),
  );
}
