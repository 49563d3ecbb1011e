import { type Chord, chords, type KeyLike, matchesAny } from '@/lib/keys/chord';
import type { SendKey } from '@/lib/portals/types';

/** The chords of each send key a portal may use (Command stands in for Ctrl on macOS). */
const SEND_CHORDS: Record<SendKey, Chord[]> = {
  Enter: chords('Enter'),
  'Ctrl+Enter': chords('Ctrl+Enter', 'Command+Enter'),
};

/** The chord a key event presses if it is one of the portal's send keys (never while composing). */
export function sendChord(
  event: KeyLike & { isComposing?: boolean; keyCode?: number },
  keys: readonly SendKey[],
): SendKey | null {
  if (event.isComposing || event.keyCode === 229) return null;
  return keys.find((key) => matchesAny(event, SEND_CHORDS[key])) ?? null;
}
