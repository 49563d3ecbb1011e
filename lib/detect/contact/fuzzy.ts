/**
 * App names misspelled on purpose: leetspeak (Wha+sApp, Te1egram, 1nstagram), one letter off (whatsaap,
 * telegarm, instagam) or split in two (Sig nal, tele gram). Such a name is a weak app for the contact
 * grammar: it still needs a verb or a handle, so "telegrams" in prose stays silent.
 */
import type { Normalised } from '@/lib/detect/normalise';

/** Names long enough that one edit still points at them alone. */
const NAMES = [
  'whatsapp',
  'telegram',
  'instagram',
  'facebook',
  'messenger',
  'snapchat',
  'kakaotalk',
  'discord',
];
const LEET: Record<string, string> = {
  '+': 't',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const TOKEN = /[a-z][a-z0-9+@$]{5,12}/g;

/** Levenshtein distance, stopping early above 1. */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1);
}

/** Names people split in two to dodge a filter ("Sig nal", "tele gram", "What sApp"). */
const SPLIT_NAMES = new Set([...NAMES, 'signal', 'wechat', 'viber', 'whatsapp', 'skype']);
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
  // Cheap pre-check: every name starts with one of these letters.
  if (!/[wtifmskdv]/.test(n.text.toLowerCase())) return [];
  const s = n.base.s;
  const out = s.includes(' ') ? splitApps(n) : [];
  for (const m of s.matchAll(TOKEN)) {
    const at = m.index;
    const end = at + m[0].length;
    if ((at > 0 && /[a-z0-9]/.test(s[at - 1]!)) || (end < units.length && /[a-z0-9]/.test(s[end]!))) continue;
    const word = m[0].replace(/[+0-9@$]/g, (c) => LEET[c] ?? c);
    if (/[^a-z]/.test(word)) continue;
    // An exact name is the alias table's, unless written in leetspeak.
    const found = NAMES.includes(word) ? word !== m[0] : NAMES.some((name) => withinOne(word, name));
    if (!found) continue;
    out.push({ start: n.base.start[at]!, end: n.base.end[end - 1]! });
  }
  return out;
}
