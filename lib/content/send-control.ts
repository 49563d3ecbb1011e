import { editorRect } from '@/lib/editor/rects';
import type { Editor } from '@/lib/editor/types';
import { looksLikeSendButton } from '@/lib/send-guard/send-button';

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // an invalid selector from a pack
  }
}

function isButtonLike(el: HTMLElement): boolean {
  if (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') return true;
  return el.tagName === 'INPUT' && ['submit', 'button'].includes((el as HTMLInputElement).type);
}

/**
 * The send control in an event's composed path: the first element a portal selector matches, or
 * (generic path, an editor known) the first button in the path when it says "Send" near the editor.
 */
export function findSendControl(
  path: readonly EventTarget[],
  selectors: readonly string[],
  editor: Editor | null,
): HTMLElement | null {
  const elements = path.filter((node): node is HTMLElement => (node as Node).nodeType === 1);
  const matched = elements.find((el) => selectors.some((selector) => matches(el, selector)));
  if (matched) return matched;
  const button = editor ? elements.find(isButtonLike) : undefined;
  if (!editor || !button) return null;
  const text = button.tagName === 'INPUT' ? (button as HTMLInputElement).value : (button.textContent ?? '');
  const labels = [text, button.getAttribute('aria-label') ?? ''];
  return looksLikeSendButton(labels, button.getBoundingClientRect(), editorRect(editor)) ? button : null;
}
