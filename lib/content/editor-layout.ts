import { boxInTop } from '@/lib/editor/frames';
import type { Editor } from '@/lib/editor/types';
import { eachEditor, eachEditorWindow, editorWindows } from './editor-scope';
import type { Observable } from './env';
import { onLayoutChange } from './redraw';

type EditorState = Observable<{ editor: Editor | null }>;

/** How often the editor's place is compared with the last one (a move no resize or scroll announces). */
const MOVE_CHECK_MS = 500;

/** The editor, its shadow hosts and every element around it up to our document (frames included). */
function ancestorsOf(editor: Editor): Element[] {
  const found: Element[] = [];
  for (let node: Element | null = editor.el; node && found.length < 200; ) {
    found.push(node);
    const parent: Element | null =
      node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host as Element | undefined) ?? null;
    if (parent) node = parent;
    else {
      try {
        node = node.ownerDocument.defaultView?.frameElement ?? null;
      } catch {
        node = null;
      }
    }
  }
  return found;
}

/**
 * Calls `changed` whenever the current editor's text may have moved on screen: the editor or anything
 * around it resizes (ResizeObserver), the editor, its frames or the page scrolls, the window resizes
 * or zooms, web fonts finish loading (in the editor's document or ours), or its box moves without any
 * of these (checked twice a second). Everything ends with `signal`.
 */
export function onEditorLayout(state: EditorState, signal: AbortSignal, changed: () => void): void {
  const passive = { capture: true, passive: true } as const;
  onLayoutChange(signal, changed);
  window.visualViewport?.addEventListener('resize', changed, { ...passive, signal });
  window.visualViewport?.addEventListener('scroll', changed, { ...passive, signal });
  watchFonts(document, signal, changed);

  const resized = new ResizeObserver(() => changed());
  signal.addEventListener('abort', () => resized.disconnect(), { once: true });
  eachEditor(state, signal, (editor, scope) => {
    for (const el of ancestorsOf(editor)) resized.observe(el);
    if (editor.anchor !== editor.el) resized.observe(editor.anchor);
    // Scroll events cross no shadow root: the editor's own scrolling is heard on the editor.
    editor.el.addEventListener('scroll', changed, { ...passive, signal: scope });
    for (const view of editorWindows(editor)) watchFonts(view.document, scope, changed);
    let last = '';
    const timer = window.setInterval(() => {
      const box = boxInTop(editor.anchor);
      const key = `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)},${Math.round(box.height)}`;
      if (last && key !== last) changed();
      last = key;
    }, MOVE_CHECK_MS);
    scope.addEventListener(
      'abort',
      () => {
        window.clearInterval(timer);
        resized.disconnect();
      },
      { once: true },
    );
  });
  eachEditorWindow(state, signal, (view, scope) => {
    if (view !== window) onLayoutChange(scope, changed, view);
  });
}

/** Calls `changed` when a document's web fonts finish loading (text set in a fallback font moves then). */
function watchFonts(doc: Document, signal: AbortSignal, changed: () => void): void {
  const fonts = doc.fonts;
  if (!fonts) return;
  fonts.addEventListener('loadingdone', changed, { signal });
  void fonts.ready.then(() => {
    if (!signal.aborted) changed();
  });
}
