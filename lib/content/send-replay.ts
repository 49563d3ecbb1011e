import type { Editor } from '@/lib/editor/types';
import type { SendKey } from '@/lib/portals/types';

/** What the agent tried: pressing the send chord in the editor, or clicking the send button. */
export type SendAttempt =
  | { kind: 'key'; chord: SendKey; target: HTMLElement; editor: Editor }
  | { kind: 'click'; button: HTMLElement; editor: Editor };

let replaying = false;

/** True while `replaySend` dispatches: the guard lets those events through. */
export function isReplaying(): boolean {
  return replaying;
}

/**
 * Sends the way the agent asked, after the guard stopped it and the agent confirmed: the click again,
 * or the chord's keydown/keypress/keyup on the element that had them (in the editor's own window).
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
    attempt.button.click();
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
