import { sameOriginWindow } from '@/lib/editor/frames';
import type { Editor } from '@/lib/editor/types';

/** The element that has the focus, looked for inside open shadow roots and same-origin frames. */
export function focusedElement(doc: Document = document): HTMLElement | null {
  let active = doc.activeElement as HTMLElement | null;
  for (let depth = 0; active && depth < 16; depth++) {
    const inner: Element | null | undefined = active.shadowRoot
      ? active.shadowRoot.activeElement
      : active.localName === 'iframe' || active.localName === 'frame'
        ? sameOriginWindow(active as HTMLIFrameElement)?.document.activeElement
        : null;
    if (!inner || inner === active) break;
    active = inner as HTMLElement;
  }
  return active && active !== doc.body ? active : null;
}

/** Puts the focus back where it was (as long as that is still on the page), else in the editor. */
export function restoreFocus(previous: HTMLElement | null, editor: Editor): void {
  const target = previous?.isConnected ? previous : editor.el;
  try {
    target.focus({ preventScroll: true });
  } catch {
    // the element went away with a route change
  }
}
