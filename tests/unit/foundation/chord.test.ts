import { describe, expect, it } from 'vitest';
import { chordOf, chords, isUsableShortcut, matchesAny, matchesChord, parseChord } from '@/lib/keys/chord';
import { CARD_KEY, CLOSE_CARD_KEY, COMMANDS, UNDO_KEYS } from '@/lib/keys/commands';
import { SettingsSchema } from '@/lib/settings/schema';

const key = (init: Partial<KeyboardEvent>) =>
  ({
    altKey: false,
    ctrlKey: false,
    shiftKey: false,
    metaKey: false,
    key: '',
    code: '',
    ...init,
  }) as KeyboardEvent;

describe('command shortcuts', () => {
  it('parses the forms Chrome and Firefox report', () => {
    expect(parseChord('Alt+Shift+T')).toMatchObject({
      alt: true,
      shift: true,
      ctrl: false,
      key: 't',
      code: 'KeyT',
    });
    expect(parseChord('Ctrl+Shift+Comma')).toMatchObject({ ctrl: true, shift: true, code: 'Comma' });
    expect(parseChord('MacCtrl+Y')).toMatchObject({ ctrl: true, code: 'KeyY' });
    expect(parseChord('Command+Shift+5')).toMatchObject({ meta: true, shift: true, code: 'Digit5' });
  });

  it('treats an empty or unknown shortcut as none', () => {
    expect(parseChord('')).toBeUndefined();
    expect(parseChord(undefined)).toBeUndefined();
    expect(parseChord('Alt+Shift')).toBeUndefined();
    expect(parseChord('Alt+Banana')).toBeUndefined();
  });

  it('matches by code so Alt-modified keys on macOS still count', () => {
    const chord = parseChord('Alt+Shift+T')!;
    expect(matchesChord(key({ altKey: true, shiftKey: true, key: 'ˇ', code: 'KeyT' }), chord)).toBe(true);
    expect(matchesChord(key({ altKey: true, shiftKey: true, key: 'T', code: 'KeyT' }), chord)).toBe(true);
    expect(matchesChord(key({ altKey: true, key: 't', code: 'KeyT' }), chord)).toBe(false);
    expect(
      matchesChord(key({ altKey: true, shiftKey: true, ctrlKey: true, key: 'T', code: 'KeyT' }), chord),
    ).toBe(false);
    expect(matchesChord(key({ altKey: true, shiftKey: true, key: 'Y', code: 'KeyY' }), chord)).toBe(false);
  });

  it('parses every key ReplyGuard uses', () => {
    for (const command of Object.values(COMMANDS)) expect(parseChord(command.defaultKey)).toBeDefined();
    expect(parseChord(CARD_KEY)).toMatchObject({ alt: true, shift: true, code: 'KeyJ' });
    expect(parseChord('Ctrl+Enter')).toMatchObject({ ctrl: true, code: 'Enter' });
    const close = chords(CLOSE_CARD_KEY);
    expect(matchesAny(key({ key: 'Escape', code: 'Escape' }), close)).toBe(true);
    expect(matchesAny(key({ shiftKey: true, key: 'Escape', code: 'Escape' }), close)).toBe(false);
    expect(() => chords('Alt+Banana')).toThrow();
  });

  it('matches Ctrl+Z or Command+Z for undo, not with Shift', () => {
    const undo = chords(...UNDO_KEYS);
    expect(matchesAny(key({ ctrlKey: true, key: 'z', code: 'KeyZ' }), undo)).toBe(true);
    expect(matchesAny(key({ metaKey: true, key: 'z', code: 'KeyZ' }), undo)).toBe(true);
    expect(matchesAny(key({ ctrlKey: true, shiftKey: true, key: 'Z', code: 'KeyZ' }), undo)).toBe(false);
    expect(matchesAny(key({ key: 'z', code: 'KeyZ' }), undo)).toBe(false);
  });

  it('writes a key event as a chord and takes only chords with Ctrl, Alt or Command, never Enter', () => {
    expect(chordOf(key({ altKey: true, shiftKey: true, key: 'J', code: 'KeyJ' }))).toBe('Alt+Shift+J');
    expect(chordOf(key({ ctrlKey: true, altKey: true, key: '1', code: 'Digit1' }))).toBe('Ctrl+Alt+1');
    expect(chordOf(key({ metaKey: true, key: 'ArrowUp', code: 'ArrowUp' }))).toBe('Command+Up');
    expect(chordOf(key({ altKey: true, key: 'Alt', code: 'AltLeft' }))).toBeUndefined();
    expect(parseChord(chordOf(key({ ctrlKey: true, shiftKey: true, key: 'K', code: 'KeyK' })))).toMatchObject(
      {
        ctrl: true,
        shift: true,
        code: 'KeyK',
      },
    );
    expect(isUsableShortcut(parseChord('Alt+Shift+J'))).toBe(true);
    expect(isUsableShortcut(parseChord('Shift+J'))).toBe(false);
    expect(isUsableShortcut(parseChord('J'))).toBe(false);
    expect(isUsableShortcut(parseChord('Ctrl+Enter'))).toBe(false);
    expect(isUsableShortcut(undefined)).toBe(false);
  });

  it('keeps the card key setting usable: a bad stored chord falls back to Alt+Shift+J', () => {
    expect(SettingsSchema.parse({}).cardKey).toBe(CARD_KEY);
    expect(SettingsSchema.parse({ cardKey: 'Ctrl+Alt+K' }).cardKey).toBe('Ctrl+Alt+K');
    expect(SettingsSchema.safeParse({ cardKey: 'K' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ cardKey: 'Alt+Banana' }).success).toBe(false);
  });
});
