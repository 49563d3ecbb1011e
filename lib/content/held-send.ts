import type { KeyLike } from '@/lib/keys/chord';
import type { SendKey } from '@/lib/portals/types';

/**
 * A send the loader stopped because the guard was not running yet (lib/content/loader.ts): the send
 * guard decides on it once it starts, as if the agent had pressed it then.
 */
export type HeldSend =
  | { kind: 'key'; chord: SendKey; target: HTMLElement }
  | { kind: 'click'; button: HTMLElement; target: Element };

/** What the agent did while the editing features loaded, for them to take over. */
export interface WhileLoading {
  /** The last send held (given once). */
  takeHeldSend(): HeldSend | undefined;
  /** True while an IME composition that began meanwhile is still under way. */
  composing(): boolean;
  /** The agent's keys pressed in the page meanwhile, oldest first (a shortcut, `;abbr` typed). */
  keys(): readonly TypedKey[];
  /** The browser's template shortcut arrived meanwhile. */
  pickerAsked(): boolean;
}

/** A key the agent pressed, and when (`performance.now()`). */
export type TypedKey = KeyLike & { at: number };
