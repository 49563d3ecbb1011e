/**
 * App names misspelled on purpose: leetspeak (Wha+sApp, Te1egram, 1nstagram: lib/detect/leet.ts), letters
 * repeated (Zaloo, Telegrammm), one letter off (whatsaap, instagarm: lib/detect/near-names.ts) or split in
 * two (Sig nal, tele gram). Such a name is a weak app for the contact grammar: it still needs a verb or a
 * handle, so "telegrams" in prose stays silent.
 */
import { unleet } from '@/lib/detect/leet';
import { NearNames } from '@/lib/detect/near-names';
import type { Normalised } from '@/lib/detect/normalise';

/** Messaging apps read through misspellings (short ones, zalo or viber, only with letters repeated). */
export const APP_NAMES = [
  'whatsapp',
  'telegram',
  'instagram',
  'facebook',
  'messenger',
  'snapchat',
  'kakaotalk',
  'discord',
  'wechat',
  'zalo',
  'viber',
  'skype',
];
const NAMES = new NearNames(APP_NAMES);
const TOKEN = /[a-z][a-z0-9+@$|!]{3,14}/g;
/** Cheap test first: every name starts with one of these letters. */
const FIRST = /[wtifmskdzv]/;

/** Names people split in two to dodge a filter ("Sig nal", "tele gram", "What sApp"). */
const SPLIT_NAMES = new Set([...APP_NAMES, 'signal']);
const PAIR = /(?<![a-z0-9])([a-z]{2,7}) ([a-z]{2,7})(?![a-z0-9])/g;

/** App names split by one blank, in the base view, as original spans. */
function splitApps(n: Normalised): { start: number; end: number }[] {
  const s = n.base.s;
  const out: { start: number; end: number }[] = [];
  // Overlapping pairs: "sig nal" may start at any word.
  for (let from = 0; from < s.length; ) {
    PAIR.lastIndex = from;
    const m = PAIR.exec(s);
    if (!m) break;
    if (SPLIT_NAMES.has(m[1]! + m[2]!)) {
      const end = m.index + m[0].length;
      out.push({ start: n.base.start[m.index]!, end: n.base.end[end - 1]! });
    }
    from = m.index + m[1]!.length + 1;
  }
  return out;
}

/** Misspelled app names in the base view, as original spans. */
export function misspelledApps(n: Normalised): { start: number; end: number }[] {
  const units = n.base.units!;
  if (!FIRST.test(n.text.toLowerCase())) return [];
  const s = n.base.s;
  const out = s.includes(' ') ? splitApps(n) : [];
  for (const m of s.matchAll(TOKEN)) {
    const at = m.index;
    const end = at + m[0].length;
    if ((at > 0 && /[a-z0-9]/.test(s[at - 1]!)) || (end < units.length && /[a-z0-9]/.test(s[end]!))) continue;
    // An exact name is the alias table's, unless written in leetspeak.
    const readings = unleet(m[0]);
    const found = (readings.length > 0 ? readings : [m[0]]).some((word) => {
      const name = NAMES.find(word);
      return name !== undefined && (name !== word || readings.length > 0);
    });
    if (found) out.push({ start: n.base.start[at]!, end: n.base.end[end - 1]! });
  }
  return out;
}
