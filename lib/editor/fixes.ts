import type { Finding } from '@/lib/detect/types';

/** A one-click fix: replace the finding's span with `text`. `label` is a UI message key. */
export interface Fix {
  kind: 'replace' | 'mask' | 'remove';
  text: string;
  label: string;
}

/** Masks the middle digits of a phone number, keeping its layout: 138 1234 5678 → 138 **** 5678. */
export function maskPhone(match: string): string {
  const digits = [...match].filter((char) => /\p{Nd}/u.test(char)).length;
  if (digits < 7) return match.replace(/\p{Nd}/gu, '*');
  let seen = 0;
  return [...match]
    .map((char) => {
      if (!/\p{Nd}/u.test(char)) return char;
      seen += 1;
      return seen <= 3 || seen > digits - 4 ? char : '*';
    })
    .join('');
}

/** The fixes a finding offers, best first. */
export function fixesFor(finding: Finding): Fix[] {
  const fixes: Fix[] = [];
  if (finding.replacement !== undefined && finding.replacement !== finding.match) {
    fixes.push(
      finding.replacement === ''
        ? { kind: 'remove', text: '', label: 'overlayFixDelete' }
        : { kind: 'replace', text: finding.replacement, label: 'overlayFixReplace' },
    );
  }
  if (finding.category === 'contact.phone') {
    const masked = maskPhone(finding.match);
    if (masked !== finding.match) fixes.push({ kind: 'mask', text: masked, label: 'overlayFixMask' });
  }
  if (finding.category === 'contact.url' && !fixes.some((fix) => fix.kind === 'remove')) {
    fixes.push({ kind: 'remove', text: '', label: 'overlayFixRemoveLink' });
  }
  if (!fixes.some((fix) => fix.kind === 'remove'))
    fixes.push({ kind: 'remove', text: '', label: 'overlayFixDelete' });
  return fixes;
}

/**
 * The edits "fix all" applies: each finding's first fix, returned last-first so earlier offsets stay
 * valid; of overlapping findings the one starting first (then the longer) wins.
 */
export function fixAllEdits(findings: Finding[]): Array<{ start: number; end: number; text: string }> {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const finding of sorted) {
    const fix = fixesFor(finding)[0];
    if (!fix) continue;
    if (edits.some((edit) => finding.start < edit.end && edit.start < finding.end)) continue;
    edits.push({ start: finding.start, end: finding.end, text: fix.text });
  }
  return edits.sort((a, b) => b.start - a.start);
}

/** Counts per severity. */
export function countBySeverity(findings: Finding[]): { block: number; warn: number; info: number } {
  const counts = { block: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The finding at (or nearest before) a caret offset, for the keyboard shortcut. */
export function findingAt(findings: Finding[], caret: number): Finding | undefined {
  return (
    findings.find((finding) => finding.start <= caret && caret <= finding.end) ??
    [...findings].reverse().find((finding) => finding.end <= caret) ??
    findings[0]
  );
}
