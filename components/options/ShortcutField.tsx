import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { chordOf, isUsableShortcut, parseChord } from '@/lib/keys/chord';

export interface ShortcutFieldProps {
  label: string;
  hint: string;
  /** The setting's name (`data-setting`). */
  name: string;
  value: string;
  onChange(chord: string): void;
}

/**
 * A shortcut recorder: focus the field and press the chord. A chord without Ctrl, Alt or Command (or
 * Enter) is refused with a message; Tab and Escape alone move on as usual.
 */
export function ShortcutField({ label, hint, name, value, onChange }: ShortcutFieldProps) {
  const [refused, setRefused] = useState('');
  return (
    <label class="rg-field">
      <span>{label}</span>
      <input
        data-setting={name}
        value={value}
        readOnly
        aria-describedby={`${name}-hint`}
        onKeyDown={(event) => {
          const plain = !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey;
          if (plain && (event.key === 'Tab' || event.key === 'Escape')) return;
          event.preventDefault();
          const chord = chordOf(event);
          if (!chord) return; // a modifier on its own: wait for the key
          if (!isUsableShortcut(parseChord(chord))) return setRefused(chord);
          setRefused('');
          onChange(chord);
        }}
      />
      <small id={`${name}-hint`} class="rg-hint">
        {hint}
      </small>
      {refused ? (
        <small role="alert" class="rg-error">
          {t('optionsShortcutInvalid', refused)}
        </small>
      ) : null}
    </label>
  );
}
