import { sameOriginWindow } from '@/lib/editor/frames';
import type { Editor } from '@/lib/editor/types';

/**
 * Where the focus is, as a focus event's composed path would give it: the innermost focused element
 * first, then the open shadow roots and hosts (and same-origin frames) around it, outermost last.
 */
export function focusPath(doc: Document = document): EventTarget[] {
  let active = doc.activeElement as HTMLElement | null;
  const path: EventTarget[] = active ? [active] : [];
  for (let depth = 0; active && depth < 16; depth++) {
    const shadow = active.shadowRoot;
    const inner: Element | null | undefined = shadow
      ? shadow.activeElement
      : active.localName === 'iframe' || active.localName === 'frame'
        ? sameOriginWindow(active as HTMLIFrameElement)?.document.activeElement
        : null;
    if (!inner || inner === active) break;
    path.unshift(...(shadow ? [inner, shadow] : [inner]));
    active = inner as HTMLElement;
  }
  return path;
}

/** The element that has the focus, looked for inside open shadow roots and same-origin frames. */
export function focusedElement(doc: Document = document): HTMLElement | null {
  const active = (focusPath(doc)[0] as HTMLElement | undefined) ?? null;
  return active && active !== active.ownerDocument.body ? active : null;
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
