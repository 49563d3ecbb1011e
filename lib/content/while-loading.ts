import { editorFromFocusPath } from '@/lib/editor/resolve';
import { matchesAny } from '@/lib/portals/select';
import type { PortalModule } from '@/lib/portals/types';
import { sendChord } from '@/lib/send-guard/send-keys';
import { holdEvent, isAgentInput } from './handlers';
import type { HeldSend, TypedKey } from './held-send';

const PRESSES = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/** What `catchInputWhileLoading` records for the editing features (lib/content/held-send.ts). */
export interface LoadingState {
  held: HeldSend[];
  composing: boolean;
  keys: TypedKey[];
  /** The browser's template shortcut arrived meanwhile (lib/content/picker-command.ts). */
  pickerAsked: boolean;
}

/** Keys kept: enough for a shortcut and an abbreviation typed while the engine loads. */
const KEEP_KEYS = 32;

/**
 * While the editing features load, the agent's sends wait: the send key in a reply box and presses on
 * the portal's send button are stopped before the page sees them, and kept for the guard. The agent's
 * other keys and IME compositions are noted, so the features that start see a shortcut or an `;abbr`
 * typed meanwhile, and the editor session does not lint a composing text. Listens in `win` until
 * `signal` aborts.
 */
export function catchInputWhileLoading(
  win: Window,
  portal: PortalModule | undefined,
  signal: AbortSignal,
  state: LoadingState,
): void {
  const onHeld = (send: HeldSend) => state.held.push(send);
  const onComposition = (event: CompositionEvent) => {
    state.composing = event.type === 'compositionstart';
  };
  for (const type of ['compositionstart', 'compositionend'] as const)
    win.addEventListener(type, onComposition, { capture: true, signal });
  let keyHeld = false;
  const onKey = (event: KeyboardEvent) => {
    if (!isAgentInput(event)) return;
    if (event.type !== 'keydown') {
      if (keyHeld && event.key === 'Enter') holdEvent(event);
      return;
    }
    const { key, code, altKey, ctrlKey, shiftKey, metaKey } = event;
    state.keys.push({ key, code, altKey, ctrlKey, shiftKey, metaKey, at: performance.now() });
    state.keys.splice(0, state.keys.length - KEEP_KEYS);
    const chord = sendChord(event, portal?.sendKeys ?? ['Enter', 'Ctrl+Enter']);
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (!chord || !target || !editorFromFocusPath(event.composedPath())) return;
    holdEvent(event);
    keyHeld = true;
    onHeld({ kind: 'key', chord, target });
  };
  let pressHeld = false;
  const onPress = (event: MouseEvent) => {
    if (!isAgentInput(event) || event.button > 0) return;
    const path = event.composedPath();
    const target = path[0] as Element | undefined;
    const button = path.find((node) => matchesAny(node, portal?.selectors.sendButton)) as
      | HTMLElement
      | undefined;
    if (!target || !button) return;
    holdEvent(event);
    if (pressHeld) return;
    pressHeld = true;
    onHeld({ kind: 'click', button, target });
  };
  for (const type of ['keydown', 'keypress', 'keyup'] as const)
    win.addEventListener(type, onKey, { capture: true, signal });
  for (const type of PRESSES) win.addEventListener(type, onPress, { capture: true, signal });
}
