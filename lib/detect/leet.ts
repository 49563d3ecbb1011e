/**
 * Leetspeak: digits and symbols standing for letters inside a Latin word (Amaz0n, eB@y, Wha+sApp, Te1egram).
 * The one table of these readings, for the respell pass (respell.ts) and misspelled app names
 * (contact/fuzzy.ts). Pure: strings in, strings out.
 */

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '€': 'e',
  '!': 'i',
  '|': 'l',
  '+': 't',
};
/** 1 reads as l as often as i (Te1egram, SHE1N): the second reading. */
const ONE_AS_L = 'l';

/** The letters one leet character may stand for (1: i, then l), or [] for another character. */
export function leetLetters(c: string): string[] {
  const letter = LEET[c];
  if (letter === undefined) return [];
  return c === '1' ? [letter, ONE_AS_L] : [letter];
}

/** Characters that may stand for a letter. */
export const LEET_CHAR = /[0134578@$€!|+]/;
const LEET_CHARS = /[0134578@$€!|+]/g;
const LATIN = /[a-z]/i;
const TWO_DIGITS = /\d\d/;
/** Non-ASCII but the euro sign, which stands for an e (T€mu). */
const NON_ASCII_LETTER = /[^\p{ASCII}€]/u;

/**
 * The plain readings of a token when it is a Latin word with leet characters in it (1 as i first, then as
 * l), else []. Model codes and sizes stay as they are: two digits in a row (iPhone13, COVID19), fewer than
 * three letters (A4, 5G), or a leet character at an edge with fewer than three letters beside it (MP3).
 */
export function unleet(token: string): string[] {
  if (!LEET_CHAR.test(token) || TWO_DIGITS.test(token) || NON_ASCII_LETTER.test(token)) return [];
  const letters = token.replace(/[^a-z]/gi, '').length;
  if (letters < 3 || letters < token.length / 2) return [];
  // A leading @, $ or + marks a handle, a cashtag or a sign; a leading digit must stand for a letter (1nstagram).
  if (/^[@$€!|+]/.test(token) || (!LATIN.test(token[0]!) && !LATIN.test(token[1] ?? ''))) return [];
  if (!LATIN.test(token.at(-1)!) && letters < 4) return [];
  // Trailing '!' or '+' is punctuation or a grade, not a letter ("Amazing!", "A+").
  const body = token.replace(/[!+]+$/, '');
  if (!LEET_CHAR.test(body)) return [];
  const tail = token.slice(body.length);
  const first = body.replace(LEET_CHARS, (c) => LEET[c] ?? c) + tail;
  if (!body.includes('1')) return [first];
  return [first, body.replace(LEET_CHARS, (c) => (c === '1' ? ONE_AS_L : (LEET[c] ?? c))) + tail];
}
