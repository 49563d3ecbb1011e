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
 * What "fix all" does with a finding: puts in its first fix when that keeps something in place (a
 * replacement, a masked number), or `'keep'`: a blocking finding whose only fix is deleting it stays as
 * it is, since fix all never deletes unasked (the send guard says which stay and why; the card still
 * offers the deletion). Null: a warning or a hint without a replacement, which fix all leaves alone.
 */
export function fixAllAction(finding: Finding): Fix | 'keep' | null {
  const first = fixesFor(finding)[0];
  if (first && first.kind !== 'remove' && (finding.severity === 'block' || finding.replacement !== undefined))
    return first;
  return finding.severity === 'block' ? 'keep' : null;
}

/**
 * The edits "fix all" applies (see `fixAllAction`), returned last-first so earlier offsets stay valid;
 * of overlapping findings the one starting first (then the longer) wins.
 */
export function fixAllEdits(findings: Finding[]): Array<{ start: number; end: number; text: string }> {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const finding of sorted) {
    const fix = fixAllAction(finding);
    if (!fix || fix === 'keep') continue;
    if (edits.some((edit) => finding.start < edit.end && edit.start < finding.end)) continue;
    edits.push({ start: finding.start, end: finding.end, text: fix.text });
  }
  return edits.sort((a, b) => b.start - a.start);
}
