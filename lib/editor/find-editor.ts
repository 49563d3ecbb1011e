import { queryAll } from '@/lib/portals/select';
import { frameChain } from './frames';
import { resolveEditor, sameEditor } from './resolve';
import type { Editor } from './types';

/** Whether an element is laid out (not display:none, not detached). */
function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0 || el.getClientRects().length > 0;
}

/**
 * The reply editor matched by the portal's selectors (first selector that matches wins), preferring
 * the one holding focus, then one that is shown, then any.
 */
export function findBySelectors(doc: Document, selectors: readonly string[]): Editor | null {
  const candidates: Editor[] = [];
  for (const selector of selectors) {
    for (const match of queryAll(doc, [selector])) {
      const editor = resolveEditor(match);
      if (editor && !candidates.some((known) => sameEditor(known, editor))) candidates.push(editor);
    }
    if (candidates.length) break;
  }
  return (
    candidates.find((editor) => isFocused(editor)) ??
    candidates.find((editor) => isShown(editor.anchor)) ??
    candidates[0] ??
    null
  );
}

/** True while the editor (or something inside it) has focus, also across shadow roots and iframes. */
function isFocused(editor: Editor): boolean {
  const doc = editor.el.ownerDocument;
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || (active !== editor.el && !editor.el.contains(active))) return false;
  return editor.frame ? doc.hasFocus() : true;
}

/** Whether an event happened inside the editor (its composed path crosses the editor element). */
export function eventInEditor(event: Event, editor: Editor): boolean {
  const path = event.composedPath();
  return path.includes(editor.el) || path.includes(editor.anchor);
}

/**
 * Whether a previously found editor is still usable: connected, and when in a frame, that frame still
 * shows its document (a frame that navigated or went away leaves its old document without a window).
 */
export function isAlive(editor: Editor): boolean {
  if (!editor.anchor.isConnected || !editor.el.isConnected) return false;
  if (!editor.frame) return true;
  const chain = frameChain(editor.el.ownerDocument.defaultView);
  return chain !== null && chain[0] === editor.frame && chain.every((frame) => frame.isConnected);
}
