import { frameChain } from '@/lib/editor/frames';
import { sameEditor } from '@/lib/editor/resolve';
import type { Editor } from '@/lib/editor/types';
import type { Observable } from './env';

type EditorState = Observable<{ editor: Editor | null }>;

/**
 * Calls `use(editor, scope)` for the current editor and each one after it; `scope` aborts when the
 * editor changes (a re-mount, a route change) or `signal` aborts. For listeners on the editor itself.
 */
export function eachEditor(
  state: EditorState,
  signal: AbortSignal,
  use: (editor: Editor, scope: AbortSignal) => void,
): void {
  let current: Editor | null = null;
  let scope: AbortController | null = null;
  const follow = (editor: Editor | null) => {
    if (sameEditor(editor, current)) return;
    scope?.abort();
    scope = null;
    current = editor;
    if (!editor || signal.aborted) return;
    scope = new AbortController();
    use(editor, scope.signal);
  };
  signal.addEventListener('abort', () => scope?.abort(), { once: true });
  state.subscribe(({ editor }) => follow(editor), signal);
  follow(state.get().editor);
}

/** The windows between the editor and ours, the editor's own first (none when it lives in our document). */
export function editorWindows(editor: Editor): Window[] {
  const view = editor.el.ownerDocument.defaultView;
  const chain = frameChain(view);
  if (!view || !chain?.length) return [];
  return [view, ...chain.slice(0, -1).map((frame) => frame.ownerDocument.defaultView as Window)];
}

/**
 * Calls `attach(win, scope)` for our window now, and for the windows of the frames the current editor
 * lives in (its own, and any frame around that): key, pointer and scroll events there never reach ours.
 */
export function eachEditorWindow(
  state: EditorState,
  signal: AbortSignal,
  attach: (win: Window, scope: AbortSignal) => void,
): void {
  attach(window, signal);
  eachEditor(state, signal, (editor, scope) => {
    for (const view of editorWindows(editor)) attach(view, scope);
  });
}
