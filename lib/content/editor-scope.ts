import { sameEditor } from '@/lib/editor/resolve';
import type { Editor } from '@/lib/editor/types';
import type { Observable } from './env';
import { onLayoutChange } from './redraw';

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

/**
 * Calls `attach(win, scope)` for our window now, and for the window of the editor's iframe while the
 * current editor lives in one: key, pointer and scroll events there never reach our window.
 */
export function eachEditorWindow(
  state: EditorState,
  signal: AbortSignal,
  attach: (win: Window, scope: AbortSignal) => void,
): void {
  attach(window, signal);
  eachEditor(state, signal, (editor, scope) => {
    const view = editor.el.ownerDocument.defaultView;
    if (view && view !== window) attach(view, scope);
  });
}

/** Calls `changed` when the current editor's box is resized. */
export function onEditorResize(state: EditorState, signal: AbortSignal, changed: () => void): void {
  const observer = new ResizeObserver(changed);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  eachEditor(state, signal, (editor, scope) => {
    observer.observe(editor.anchor);
    if (editor.el !== editor.anchor) observer.observe(editor.el);
    scope.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}

const PASSIVE = { capture: true, passive: true } as const;

/**
 * Calls `changed` whenever something drawn over the editor must move: a new editor state, page scroll or
 * resize, the editor's own size, scrolling inside it or inside its iframe (scroll events cross no shadow
 * root or frame).
 */
export function onEditorLayout(state: EditorState, signal: AbortSignal, changed: () => void): void {
  state.subscribe(changed, signal);
  onLayoutChange(signal, changed);
  onEditorResize(state, signal, changed);
  eachEditor(state, signal, (editor, scope) =>
    editor.el.addEventListener('scroll', changed, { ...PASSIVE, signal: scope }),
  );
  eachEditorWindow(state, signal, (win, scope) => {
    if (win !== window) win.addEventListener('scroll', changed, { ...PASSIVE, signal: scope });
  });
}
