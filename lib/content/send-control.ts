import { boxInTop, frameChain } from '@/lib/editor/frames';
import { editorRect } from '@/lib/editor/rects';
import type { Editor } from '@/lib/editor/types';
import { type ControlFacts, isSendControl } from '@/lib/send-guard/send-button';

/** How many elements up from where the click landed a send control may be (path › svg › i › button). */
const PATH_DEPTH = 6;
const LONG_TEXT = 64;

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // an invalid selector from a pack
  }
}

/** Whether `el` wraps the editor (or a frame around it), or lies inside it. */
function holdsEditor(el: Element, editor: Editor): boolean {
  if (editor.el.contains(el)) return true;
  const around = [editor.el, editor.anchor, ...(frameChain(editor.el.ownerDocument.defaultView) ?? [])];
  return around.some((node) => el.contains(node));
}

/** What the heuristic needs to know of one element (lib/send-guard/send-button.ts). */
export function controlFacts(el: Element, editor: Editor): ControlFacts {
  const attr = (name: string) => el.getAttribute(name);
  const isInput = el.localName === 'input';
  const text = (isInput ? (attr('value') ?? '') : (el.textContent ?? '').slice(0, LONG_TEXT * 4))
    .replace(/\s+/g, ' ')
    .trim();
  const hooks = [attr('id'), attr('class'), attr('name')];
  for (const { name, value } of Array.from(el.attributes)) {
    if (name.startsWith('data-')) hooks.push(name.slice(5), value);
  }
  for (const use of Array.from(el.querySelectorAll('use')).slice(0, 4)) {
    hooks.push(use.getAttribute('href') ?? use.getAttribute('xlink:href'));
  }
  const svgTitle = el.querySelector('svg title')?.textContent ?? null;
  const view = el.ownerDocument.defaultView;
  const cursor = view?.getComputedStyle(el).cursor;
  return {
    tag: el.localName,
    role: attr('role'),
    type:
      isInput || el.localName === 'button'
        ? (attr('type') ?? (isInput ? 'text' : 'submit')).toLowerCase()
        : null,
    text: text.length > LONG_TEXT ? text.slice(0, LONG_TEXT) : text,
    labels: [attr('aria-label'), attr('title'), attr('alt'), svgTitle].filter((v): v is string => !!v),
    hooks: hooks.filter((v): v is string => !!v),
    pointer: cursor === 'pointer' || el.hasAttribute('onclick') || (el as HTMLElement).tabIndex >= 0,
    box: boxInTop(el),
    holdsEditor: holdsEditor(el, editor),
  };
}

/**
 * The send control in an event's composed path: the first element a portal selector matches, or, when
 * an editor is known, the first of the few elements nearest the click that the heuristic takes for the
 * reply's send control (lib/send-guard/send-button.ts), whatever words it uses or lacks.
 */
export function findSendControl(
  path: readonly EventTarget[],
  selectors: readonly string[],
  editor: Editor | null,
): HTMLElement | null {
  const elements = path.filter((node): node is HTMLElement => (node as Node).nodeType === 1);
  const matched = elements.find((el) => selectors.some((selector) => matches(el, selector)));
  if (matched || !editor) return matched ?? null;
  const near = elements.slice(0, PATH_DEPTH);
  const stop = near.findIndex((el) => holdsEditor(el, editor) || el.localName === 'body');
  const box = editorRect(editor);
  return (
    (stop < 0 ? near : near.slice(0, stop)).find((el) => isSendControl(controlFacts(el, editor), box)) ?? null
  );
}
