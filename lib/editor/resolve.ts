import { type Editor, isTextControl } from './types';

const RICH = '[contenteditable]:not([contenteditable="false"])';

function isEditableElement(el: Element): el is HTMLElement {
  return (el as HTMLElement).isContentEditable === true;
}

/** The outermost contenteditable element containing `el` (within one tree: stops at shadow roots). */
function editableRoot(el: HTMLElement): HTMLElement {
  let root = el;
  for (let parent = root.parentElement; parent && isEditableElement(parent); parent = parent.parentElement) {
    root = parent;
  }
  return root;
}

function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    const doc = frame.contentDocument;
    const body = doc?.body;
    if (!doc || !body) return null;
    if (doc.designMode === 'on' || body.isContentEditable) return body;
    const inner = body.querySelector<HTMLElement>(`textarea, ${RICH}`);
    return inner ? (isTextControl(inner) ? inner : editableRoot(inner)) : null;
  } catch {
    return null; // cross-origin frame: its own content script handles it
  }
}

/**
 * An editor in a same-origin frame's document knows its frame; when the frame's whole body is the
 * editor, the frame element covers it on screen.
 */
function inItsFrame(editor: Editor): Editor {
  if (editor.frame) return editor;
  const doc = editor.el.ownerDocument;
  const view = doc.defaultView;
  if (!view || view === window) return editor;
  let frame: Element | null = null;
  try {
    frame = view.frameElement;
  } catch {
    return editor;
  }
  if (!frame) return editor;
  const whole = editor.el === doc.body || editor.el === doc.documentElement;
  return {
    ...editor,
    frame: frame as HTMLIFrameElement,
    anchor: whole ? (frame as HTMLElement) : editor.anchor,
  };
}

/**
 * Resolves what a selector matched (or what the agent focused) to an editor: a textarea/input, a
 * contenteditable, an iframe with an editable body, a custom element whose OPEN shadow root holds one,
 * or a wrapper around one, in our document or a same-origin frame's. `anchor` defaults to the element
 * itself.
 */
export function resolveEditor(target: Element, anchor: HTMLElement = target as HTMLElement): Editor | null {
  const editor = resolveIn(target, anchor, 0);
  return editor && inItsFrame(editor);
}

function resolveIn(target: Element, anchor: HTMLElement, depth: number): Editor | null {
  if (depth > 4) return null;
  if (isTextControl(target)) return { kind: 'text', el: target, anchor, frame: null };
  if (target.tagName === 'IFRAME') {
    const frame = target as HTMLIFrameElement;
    const body = frameBody(frame);
    if (!body) return null;
    const whole = body === body.ownerDocument.body;
    return { kind: isTextControl(body) ? 'text' : 'rich', el: body, anchor: whole ? frame : body, frame };
  }
  if (isEditableElement(target)) return { kind: 'rich', el: editableRoot(target), anchor, frame: null };
  const shadow = (target as HTMLElement).shadowRoot;
  if (shadow) {
    const inner = shadow.querySelector(`textarea, input, ${RICH}`);
    if (inner) return resolveIn(inner, anchor, depth + 1);
  }
  const nested = target.querySelector(`textarea, ${RICH}, iframe`);
  if (nested) return resolveIn(nested, nested as HTMLElement, depth + 1);
  return null;
}

/**
 * What the agent focused, seen through open shadow roots (`composedPath()[0]`): a textarea or a
 * contenteditable, with the outermost shadow host as anchor. Plain inputs (search boxes) are left out.
 */
export function editorFromFocusPath(path: EventTarget[]): Editor | null {
  const first = path[0];
  if (!first || typeof (first as Element).tagName !== 'string') return null;
  const el = first as HTMLElement;
  if (el.tagName !== 'TEXTAREA' && !isEditableElement(el)) return null;
  // The anchor is the outermost element of the path's top tree: the host when inside shadow roots.
  let anchor: HTMLElement = el;
  for (const node of path) {
    if ((node as Node).nodeType === 11) {
      const host = (node as ShadowRoot).host as HTMLElement;
      if (host) anchor = host;
    }
  }
  return resolveEditor(el, anchor);
}

export function sameEditor(a: Editor | null, b: Editor | null): boolean {
  return a?.el === b?.el && a?.anchor === b?.anchor;
}
