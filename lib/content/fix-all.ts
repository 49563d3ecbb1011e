import type { Finding } from '@/lib/detect/types';
import type { Editor } from '@/lib/editor/types';
import { fixAllEdits } from '@/lib/findings/fixes';
import type { EditorSession } from './editor-session';

/**
 * Applies the first fix of every blocking or replaceable finding in one undoable step. `ok` when it
 * went in and nothing blocking is left; `findings` as they are afterwards.
 */
export async function fixAll(
  session: EditorSession,
  editor: Editor,
): Promise<{ ok: boolean; findings: Finding[] }> {
  const fixable = session
    .lintNow(editor)
    .findings.filter((finding) => finding.severity === 'block' || finding.replacement !== undefined);
  const result = await session.fixes.apply(editor, fixAllEdits(fixable));
  const findings = session.lintNow(editor).findings;
  return { ok: result.ok && !findings.some((finding) => finding.severity === 'block'), findings };
}
