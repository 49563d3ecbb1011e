import type { Editor } from '@/lib/editor/types';
import type { SendKey } from '@/lib/portals/types';

/**
 * What the agent tried: pressing the send chord in the editor, or pressing the send control (`target`
 * is where the pointer landed, inside or on `button`).
 */
export type SendAttempt =
  | { kind: 'key'; chord: SendKey; target: HTMLElement; editor: Editor }
  | { kind: 'click'; button: HTMLElement; target: Element; editor: Editor };

let replaying = false;

/** True while `replaySend` dispatches: the guard lets those events through. */
export function isReplaying(): boolean {
  return replaying;
}

/**
 * Sends the way the agent asked, after the guard stopped it and the agent confirmed: the whole press
 * again (an app may send on pointerdown, mousedown or click), or the chord's keydown/keypress/keyup
 * on the element that had them (in the editor's own window).
 */
export function replaySend(attempt: SendAttempt): void {
  replaying = true;
  try {
    dispatch(attempt);
  } finally {
    replaying = false;
  }
}

function dispatch(attempt: SendAttempt): void {
  if (attempt.kind === 'click') {
    press(attempt.target.isConnected ? attempt.target : attempt.button);
    return;
  }
  attempt.editor.el.focus();
  const view = (attempt.target.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const ctrl = attempt.chord === 'Ctrl+Enter';
  for (const type of ['keydown', 'keypress', 'keyup']) {
    const event = new view.KeyboardEvent(type, {
      key: 'Enter',
      code: 'Enter',
      keyCode: 13,
      which: 13,
      charCode: type === 'keypress' ? 13 : 0,
      ctrlKey: ctrl,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    attempt.target.dispatchEvent(event);
  }
}

/** One press of the primary button on `target`, at its centre: down, up, click, as the browser fires them. */
function press(target: Element): void {
  const view = (target.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const rect = target.getBoundingClientRect();
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
  const init = { ...at, bubbles: true, cancelable: true, composed: true, button: 0 };
  const pointer = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  const Pointer = view.PointerEvent ?? view.MouseEvent;
  target.dispatchEvent(new Pointer('pointerdown', { ...pointer, buttons: 1 }));
  target.dispatchEvent(new view.MouseEvent('mousedown', { ...init, buttons: 1 }));
  target.dispatchEvent(new Pointer('pointerup', { ...pointer, buttons: 0 }));
  target.dispatchEvent(new view.MouseEvent('mouseup', { ...init, buttons: 0 }));
  target.dispatchEvent(new view.MouseEvent('click', { ...init, buttons: 0, detail: 1 }));
}
