import type { Finding, Severity } from '@/lib/detect/types';
import type { Box } from '@/lib/editor/types';

/** One finding of a mark and where its own text is drawn (one box per line it spans). */
export interface MarkPart {
  key: string;
  finding: Finding;
  boxes: Box[];
}

/**
 * One mark on screen: findings whose spans overlap are drawn once, over the union of their spans
 * (`boxes`), and the mark lists them all (`parts`, in text order).
 */
export interface MarkView {
  key: string;
  severity: Severity;
  boxes: Box[];
  parts: MarkPart[];
}

/** Findings drawn as one mark, and the span they cover together. */
export interface MarkGroup {
  key: string;
  start: number;
  end: number;
  severity: Severity;
  findings: Finding[];
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

const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** The most severe of some findings. */
export function severest(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>(
    (worst, finding) => (RANK[finding.severity] < RANK[worst] ? finding.severity : worst),
    'info',
  );
}

/**
 * Distinct findings grouped into marks: a finding that overlaps a group's span (shares at least one
 * character with it) joins that group. Groups come in text order; a group's key joins its findings' keys.
 */
export function groupFindings(findings: readonly Finding[]): MarkGroup[] {
  const sorted = distinctFindings(findings).sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Array<{ start: number; end: number; findings: Finding[] }> = [];
  for (const finding of sorted) {
    const last = groups.at(-1);
    if (last && finding.start < last.end) {
      last.findings.push(finding);
      last.end = Math.max(last.end, finding.end);
    } else groups.push({ start: finding.start, end: finding.end, findings: [finding] });
  }
  return groups.map((group) => ({
    ...group,
    key: group.findings.map(findingKey).join('+'),
    severity: severest(group.findings),
  }));
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
export function markAt(marks: readonly Pick<MarkView, 'key' | 'boxes'>[], x: number, y: number) {
  return marks.find((mark) =>
    mark.boxes.some(
      (box) =>
        x >= box.left && x <= box.left + box.width && y >= box.top - 2 && y <= box.top + box.height + 3,
    ),
  );
}
