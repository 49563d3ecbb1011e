import type { Finding } from '@/lib/detect/types';

/** The finding at (or nearest before) a caret offset, for the keyboard shortcut. */
export function findingAt(findings: Finding[], caret: number): Finding | undefined {
  return (
    findings.find((finding) => finding.start <= caret && caret <= finding.end) ??
    [...findings].reverse().find((finding) => finding.end <= caret) ??
    findings[0]
  );
}
