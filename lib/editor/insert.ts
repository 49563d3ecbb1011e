import { mapRichText, offsetAt, pointAt } from './read-text';
import { type Editor, isTextControl, type TextControl } from './types';

/** Which input path changed the text; `none` when every strategy failed (the text is left as it was). */
export type InsertStrategy = 'execCommand' | 'nativeSetter' | 'beforeinput' | 'paste' | 'none';

export interface InsertResult {
  ok: boolean;
  strategy: InsertStrategy;
  /** The editor's text after the attempt. */
  text: string;
}

type EditorLike = Pick<Editor, 'kind' | 'el'>;
/** The editor's own window (an iframe's differs from ours): its constructors make events it accepts. */
type View = Window & typeof globalThis;
const viewOf = (el: Element): View => (el.ownerDocument.defaultView ?? window) as View;

function read(editor: EditorLike): string {
  return editor.kind === 'text' ? (editor.el as TextControl).value : mapRichText(editor.el).text;
}

/** Apps (Slate, Draft, React state) may apply a change a moment later: poll briefly for it. */
async function settle(
  editor: EditorLike,
  expected: string,
  original: string,
  patient: boolean,
): Promise<string> {
  let text = read(editor);
  if (text === expected) return text;
  await Promise.resolve();
  text = read(editor);
  if (text === expected || !patient) return text;
  const view = editor.el.ownerDocument.defaultView ?? window;
  for (let i = 0; i < 5 && text === original; i++) {
    await new Promise((resolve) => view.setTimeout(resolve, 10));
    text = read(editor);
  }
  return text;
}

function execInsert(doc: Document, text: string): boolean {
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function inputEvent(
  view: View,
  type: string,
  inputType: string,
  text: string,
  withData: boolean,
): InputEvent {
  const init: InputEventInit & { dataTransfer?: DataTransfer | null } = {
    bubbles: true,
    cancelable: type === 'beforeinput',
    composed: true,
    inputType,
    data: text === '' ? null : text,
  };
  if (withData && typeof view.DataTransfer === 'function') {
    try {
      const transfer = new view.DataTransfer();
      transfer.setData('text/plain', text);
      init.dataTransfer = transfer;
    } catch {
      // DataTransfer not constructible here: `data` alone will do.
    }
  }
  return new view.InputEvent(type, init);
}

function focus(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  // An editor in an iframe: focus its window first, or the browser edits nothing there.
  if (view && view !== window && !el.ownerDocument.hasFocus()) view.focus();
  try {
    el.focus({ preventScroll: true });
  } catch {
    el.focus();
  }
}

async function replaceInControl(
  el: TextControl,
  start: number,
  end: number,
  text: string,
): Promise<InsertResult> {
  const original = el.value;
  const expected = original.slice(0, start) + text + original.slice(end);
  const editor: EditorLike = { kind: 'text', el };
  const view = viewOf(el);
  const caret = start + text.length;

  // 1. execCommand on the selected range: the browser's own editing, keeps the undo stack.
  focus(el);
  el.setSelectionRange(start, end);
  if (execInsert(el.ownerDocument, text)) {
    const now = await settle(editor, expected, original, false);
    if (now === expected) return { ok: true, strategy: 'execCommand', text: now };
    if (now !== original) return { ok: false, strategy: 'none', text: now };
  }

  // 2. The prototype's value setter (bypasses React's value tracker), then an input event.
  const proto =
    el.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) {
    setter.call(el, expected);
    el.dispatchEvent(
      inputEvent(view, 'input', start === end ? 'insertText' : 'insertReplacementText', text, false),
    );
    try {
      el.setSelectionRange(caret, caret);
    } catch {
      // Detached or re-rendered element.
    }
    const now = await settle(editor, expected, original, true);
    if (now === expected) return { ok: true, strategy: 'nativeSetter', text: now };
    return { ok: false, strategy: 'none', text: now };
  }
  return { ok: false, strategy: 'none', text: original };
}

/**
 * The selection that holds an editor's caret: Chrome keeps the real one of a shadow tree on the
 * ShadowRoot (non-standard `getSelection`); elsewhere the window's selection sees into shadow trees.
 */
function selectionFor(el: HTMLElement): Selection | null {
  const root = el.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  if (root.nodeType === 11 && typeof root.getSelection === 'function') return root.getSelection();
  return (el.ownerDocument.defaultView ?? window).getSelection();
}

function selectRich(el: HTMLElement, start: number, end: number): boolean {
  const selection = selectionFor(el);
  if (!selection) return false;
  const map = mapRichText(el);
  const from = pointAt(map, start);
  const to = pointAt(map, end);
  try {
    selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    return true;
  } catch {
    return false;
  }
}

async function replaceInRich(
  el: HTMLElement,
  start: number,
  end: number,
  text: string,
): Promise<InsertResult> {
  const editor: EditorLike = { kind: 'rich', el };
  const original = read(editor);
  const expected = original.slice(0, start) + text + original.slice(end);
  const view = viewOf(el);
  // The app may rebuild the editor's DOM after each step: always re-select from a fresh map.
  const attempt = async (strategy: InsertStrategy, run: () => boolean): Promise<InsertResult | null> => {
    focus(el);
    if (!selectRich(el, start, end)) return null;
    const handled = run();
    const now = await settle(editor, expected, original, handled);
    if (now === expected) return { ok: true, strategy, text: now };
    if (now !== original) return { ok: false, strategy: 'none', text: now };
    return null;
  };

  // 1. beforeinput: editors built on it (Slate, Lexical, ProseMirror, our AliExpress-like fixture) apply it to their model.
  const inputType =
    text === '' ? 'deleteContentBackward' : start === end ? 'insertText' : 'insertReplacementText';
  const viaBeforeInput = await attempt('beforeinput', () => {
    const event = inputEvent(view, 'beforeinput', inputType, text, true);
    el.dispatchEvent(event);
    return event.defaultPrevented;
  });
  if (viaBeforeInput) return viaBeforeInput;
  if (inputType === 'insertReplacementText') {
    const asInsert = await attempt('beforeinput', () => {
      const event = inputEvent(view, 'beforeinput', 'insertText', text, true);
      el.dispatchEvent(event);
      return event.defaultPrevented;
    });
    if (asInsert) return asInsert;
  }

  // 2. A synthetic paste with text/plain: editors that own their clipboard handling (Draft, Quill).
  if (text !== '' && typeof view.ClipboardEvent === 'function' && typeof view.DataTransfer === 'function') {
    const viaPaste = await attempt('paste', () => {
      const transfer = new view.DataTransfer();
      transfer.setData('text/plain', text);
      const event = new view.ClipboardEvent('paste', {
        bubbles: true,
        cancelable: true,
        composed: true,
        clipboardData: transfer,
      });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    });
    if (viaPaste) return viaPaste;
  }

  // 3. execCommand: the browser edits the DOM and fires real beforeinput/input events (keeps undo).
  const viaExec = await attempt('execCommand', () => execInsert(el.ownerDocument, text));
  if (viaExec) return viaExec;
  const now = read(editor);
  return { ok: now === expected, strategy: now === expected ? 'execCommand' : 'none', text: now };
}

/**
 * Replaces `[start, end)` of the editor's plain text with `text`, through the editor's own input path
 * so the app's state (React/Vue/Draft/Slate) sees the change. Strategies are tried in order and each
 * is confirmed by reading the editor back:
 * - textarea/input: execCommand('insertText') on the selected range (keeps undo), then the native
 *   value setter + an `input` event;
 * - contenteditable: a `beforeinput` event the app may handle, then a `paste` event with text/plain,
 *   then execCommand('insertText').
 * A strategy that changed the text into something unexpected stops the chain (no double insertion).
 */
export async function replaceRange(
  editor: EditorLike,
  start: number,
  end: number,
  text: string,
): Promise<InsertResult> {
  const current = read(editor);
  const from = Math.max(0, Math.min(start, current.length));
  const to = Math.max(from, Math.min(end, current.length));
  if (current.slice(from, to) === text) return { ok: true, strategy: 'none', text: current };
  try {
    return isTextControl(editor.el)
      ? await replaceInControl(editor.el, from, to, text)
      : await replaceInRich(editor.el, from, to, text);
  } catch {
    const now = read(editor);
    return { ok: false, strategy: 'none', text: now };
  }
}

/** The caret (or selection) of the editor as text offsets; the end of the text when it has none. */
export function caretRange(editor: EditorLike): { start: number; end: number } {
  if (isTextControl(editor.el)) {
    const el = editor.el;
    const start = el.selectionStart ?? el.value.length;
    return { start, end: el.selectionEnd ?? start };
  }
  const map = mapRichText(editor.el);
  const selection = selectionFor(editor.el);
  if (!selection || selection.rangeCount === 0) return { start: map.text.length, end: map.text.length };
  const range = selection.getRangeAt(0);
  const start = offsetAt(map, { node: range.startContainer, offset: range.startOffset });
  const end = offsetAt(map, { node: range.endContainer, offset: range.endOffset });
  if (start === null || end === null) return { start: map.text.length, end: map.text.length };
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/**
 * Inserts `text` at the caret (replacing any selection), through the same chain as `replaceRange`.
 * `replaceBefore` also replaces that many characters before the caret (e.g. a typed `/shortcut`).
 */
export async function insertAtCaret(
  editor: EditorLike,
  text: string,
  options: { replaceBefore?: number } = {},
): Promise<InsertResult> {
  const { start, end } = caretRange(editor);
  return replaceRange(editor, Math.max(0, start - (options.replaceBefore ?? 0)), end, text);
}

/** Puts the caret at a text offset of the editor (after an insertion: where the template wants it). */
export function placeCaret(editor: EditorLike, offset: number): void {
  if (isTextControl(editor.el)) {
    editor.el.setSelectionRange(offset, offset);
    return;
  }
  const point = pointAt(mapRichText(editor.el), offset);
  const selection = viewOf(editor.el).getSelection();
  if (!selection) return;
  const range = editor.el.ownerDocument.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}
