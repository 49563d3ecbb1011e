import { maskPhone } from '@/lib/detect/contact/phone';
import type { Finding } from '@/lib/detect/types';

/** A one-click fix: replace the finding's span with `text`. `label` is a UI message key. */
export interface Fix {
  kind: 'replace' | 'mask' | 'remove';
  text: string;
  label: string;
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
