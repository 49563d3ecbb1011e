/**
 * A reply editor found on the page. `el` holds the text: a textarea/input (`kind: 'text'`) or the
 * root of a contenteditable (`kind: 'rich'`, possibly the body of a same-origin iframe, possibly
 * inside an open shadow root, possibly in a frame nested in frames). `anchor` is the element that
 * covers it on screen, in `el`'s document: the custom-element host, or `el` itself; when the whole
 * body of a frame is the editor, the frame element.
 */
export interface Editor {
  kind: 'text' | 'rich';
  el: HTMLElement;
  anchor: HTMLElement;
  /** The (innermost) frame element holding the editor's document, when it lives in one. */
  frame: HTMLIFrameElement | HTMLFrameElement | null;
}

/** A rectangle in the top document's viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

export function isTextControl(el: Element): el is TextControl {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return ['text', 'search', ''].includes(type);
}
