import type { Finding } from '@/lib/detect/types';
import type { Editor } from '@/lib/editor/types';
import { fixAllEdits } from '@/lib/findings/fixes';
import type { EditorSession } from './editor-session';

/**
 * Applies "fix all" (`fixAllEdits`: replacements and masks, never a deletion the agent was not told
 * of) in one undoable step. `ok` when it went in (or there was nothing to put in) and nothing blocking
 * is left; `findings` as they are afterwards; `applied` whether the text changed.
 */
export async function fixAll(
  session: EditorSession,
  editor: Editor,
): Promise<{ ok: boolean; applied: boolean; findings: Finding[] }> {
  const edits = fixAllEdits(session.lintNow(editor).findings);
  const result = edits.length ? await session.fixes.apply(editor, edits) : { ok: true };
  const findings = session.lintNow(editor).findings;
  const blocked = findings.some((finding) => finding.severity === 'block');
  return { ok: result.ok && !blocked, applied: result.ok && edits.length > 0, findings };
}
