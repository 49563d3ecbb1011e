/**
 * A keyboard chord as browsers describe command shortcuts: "Alt+Shift+T", "Ctrl+Shift+Y", "MacCtrl+Comma".
 * The one matcher for every key ReplyGuard reacts to: commands, the card key, undo, the send keys.
 */
export interface Chord {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  /** Lower-case `KeyboardEvent.key` for letters, or a `KeyboardEvent.code` for the rest. */
  key: string;
  code: string;
}

const NAMED_CODES: Record<string, string> = {
  enter: 'Enter',
  escape: 'Escape',
  esc: 'Escape',
  comma: 'Comma',
  period: 'Period',
  space: 'Space',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  insert: 'Insert',
  delete: 'Delete',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
};

/** Parses a chord ("Alt+Shift+T", "Ctrl+Enter"); undefined when it is empty, unknown or has no key. */
export function parseChord(shortcut: string | undefined): Chord | undefined {
  if (!shortcut?.trim()) return undefined;
  const chord: Chord = { alt: false, ctrl: false, shift: false, meta: false, key: '', code: '' };
  for (const raw of shortcut.split('+').map((part) => part.trim())) {
    const part = raw.toLowerCase();
    if (part === 'alt' || part === 'option' || part === '⌥') chord.alt = true;
    else if (part === 'ctrl' || part === 'control' || part === 'macctrl' || part === '⌃') chord.ctrl = true;
    else if (part === 'shift' || part === '⇧') chord.shift = true;
    else if (part === 'command' || part === 'cmd' || part === 'meta' || part === '⌘') chord.meta = true;
    else if (/^[a-z]$/.test(part)) {
      chord.key = part;
      chord.code = `Key${part.toUpperCase()}`;
    } else if (/^[0-9]$/.test(part)) {
      chord.key = part;
      chord.code = `Digit${part}`;
    } else if (/^f\d{1,2}$/.test(part)) {
      chord.key = part;
      chord.code = part.toUpperCase();
    } else if (NAMED_CODES[part]) {
      chord.key = part;
      chord.code = NAMED_CODES[part]!;
    } else return undefined;
  }
  return chord.key ? chord : undefined;
}

export type KeyLike = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey' | 'key' | 'code'>;

/** True when a key event is the chord. Alt/Option changes `key` on some layouts, so `code` decides. */
export function matchesChord(event: KeyLike, chord: Chord): boolean {
  if (event.altKey !== chord.alt || event.ctrlKey !== chord.ctrl) return false;
  if (event.shiftKey !== chord.shift || event.metaKey !== chord.meta) return false;
  return event.code === chord.code || event.key.toLowerCase() === chord.key;
}

/** Parses chords that are known to be well formed (constants); throws on a typo. */
export function chords(...shortcuts: string[]): Chord[] {
  return shortcuts.map((shortcut) => {
    const chord = parseChord(shortcut);
    if (!chord) throw new Error(`not a key chord: ${shortcut}`);
    return chord;
  });
}

/** True when a key event is any of the chords. */
export function matchesAny(event: KeyLike, list: readonly Chord[]): boolean {
  return list.some((chord) => matchesChord(event, chord));
}

/**
 * A chord ReplyGuard may take for itself: a letter, digit, F-key or named key with Ctrl, Alt or Command
 * (Shift alone would steal typing), and never a send key.
 */
export function isUsableShortcut(chord: Chord | undefined): chord is Chord {
  if (!chord || !(chord.alt || chord.ctrl || chord.meta)) return false;
  return chord.code !== 'Enter';
}

/** The chord a key event presses, written as `parseChord` reads it ("Alt+Shift+J"); undefined for a lone modifier. */
export function chordOf(event: KeyLike): string | undefined {
  const key = /^Key[A-Z]$/.test(event.code)
    ? event.code.slice(3)
    : /^Digit\d$/.test(event.code)
      ? event.code.slice(5)
      : /^F\d{1,2}$/.test(event.code)
        ? event.code
        : Object.entries(NAMED_CODES).find(([, code]) => code === event.code)?.[0];
  if (!key) return undefined;
  const name = key.length === 1 ? key : key[0]!.toUpperCase() + key.slice(1);
  const parts = [
    event.ctrlKey && 'Ctrl',
    event.altKey && 'Alt',
    event.shiftKey && 'Shift',
    event.metaKey && 'Command',
  ];
  return [...parts.filter(Boolean), name].join('+');
}
