import { describe, expect, it } from 'vitest';
import { matchesChord, parseShortcut } from '@/lib/content/shortcut';

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
    expect(parseShortcut('Alt+Shift+T')).toMatchObject({
      alt: true,
      shift: true,
      ctrl: false,
      key: 't',
      code: 'KeyT',
    });
    expect(parseShortcut('Ctrl+Shift+Comma')).toMatchObject({ ctrl: true, shift: true, code: 'Comma' });
    expect(parseShortcut('MacCtrl+Y')).toMatchObject({ ctrl: true, code: 'KeyY' });
    expect(parseShortcut('Command+Shift+5')).toMatchObject({ meta: true, shift: true, code: 'Digit5' });
  });

  it('treats an empty or unknown shortcut as none', () => {
    expect(parseShortcut('')).toBeUndefined();
    expect(parseShortcut(undefined)).toBeUndefined();
    expect(parseShortcut('Alt+Shift')).toBeUndefined();
    expect(parseShortcut('Alt+Banana')).toBeUndefined();
  });

  it('matches by code so Alt-modified keys on macOS still count', () => {
    const chord = parseShortcut('Alt+Shift+T')!;
    expect(matchesChord(key({ altKey: true, shiftKey: true, key: 'ˇ', code: 'KeyT' }), chord)).toBe(true);
    expect(matchesChord(key({ altKey: true, shiftKey: true, key: 'T', code: 'KeyT' }), chord)).toBe(true);
    expect(matchesChord(key({ altKey: true, key: 't', code: 'KeyT' }), chord)).toBe(false);
    expect(
      matchesChord(key({ altKey: true, shiftKey: true, ctrlKey: true, key: 'T', code: 'KeyT' }), chord),
    ).toBe(false);
    expect(matchesChord(key({ altKey: true, shiftKey: true, key: 'Y', code: 'KeyY' }), chord)).toBe(false);
  });
});
