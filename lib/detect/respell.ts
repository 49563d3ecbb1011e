/**
 * Words disguised by their spelling, to be read again written plainly (lint.ts re-reads the text with
 * these spellings in place, as it does for terms matched by sound):
 * - leetspeak: digits and symbols inside a Latin word (Amaz0n, eB@y, SHE1N, WeCh@t, 1nst4gr4m, Uni0n);
 * - vowels dropped from a name the packs hold (Tlgrm, Whtsp, Fcbk).
 * Pure: strings in, spans out.
 */

/** A span to read again with another spelling. */
export interface Spelling {
  start: number;
  end: number;
  text: string;
}

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
};
const TOKEN = /[\p{L}\p{N}@$€!|]+/gu;
const LATIN = /[a-z]/i;
const LEET_CHAR = /[0134578@$€!|]/;
const TWO_DIGITS = /\d\d/;
const NON_ASCII_LETTER = /[^\p{ASCII}]/u;

/**
 * A token's plain spelling when it is a Latin word with leet characters in it, else undefined. Model codes
 * and sizes stay as they are: two digits in a row (iPhone13, COVID19), fewer than three letters (A4, 5G),
 * or a leet character at an edge with fewer than three letters beside it (MP3).
 */
function unleet(token: string): string | undefined {
  if (!LEET_CHAR.test(token) || TWO_DIGITS.test(token) || NON_ASCII_LETTER.test(token)) return undefined;
  const letters = token.replace(/[^a-z]/gi, '').length;
  if (letters < 3 || letters < token.length / 2) return undefined;
  // A leading @ or $ marks a handle or a cashtag; a leading digit must stand for a letter (1nstagram).
  if (/^[@$€!|]/.test(token) || (!LATIN.test(token[0]!) && !LATIN.test(token[1] ?? ''))) return undefined;
  if (!LATIN.test(token.at(-1)!) && letters < 4) return undefined;
  // Trailing '!' is punctuation, not a letter ("Amazing!").
  const body = token.replace(/!+$/, '');
  if (!LEET_CHAR.test(body)) return undefined;
  return body.replace(/[0134578@$€!|]/g, (c) => LEET[c] ?? c) + token.slice(body.length);
}

/** Consonant skeleton: lower case, vowels dropped, doubled letters once (whatsapp → whtsp). */
export function consonants(word: string): string {
  return word
    .toLowerCase()
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Names written without vowels, from the packs' single Latin words of five letters or more whose
 * skeleton keeps four consonants or more (telegram → tlgrm, facebook → fcbk); ambiguous skeletons dropped.
 */
export function vowellessNames(words: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (!/^[a-z]{5,}$/.test(word) || !/[aeiou]/.test(word)) continue;
    const key = consonants(word);
    if (key.length < 4) continue;
    if (out.has(key) && out.get(key) !== word) clash.add(key);
    else out.set(key, word);
  }
  for (const key of clash) out.delete(key);
  return out;
}

/** The disguised words of `text` and their plain spellings, in text order. */
export function respellings(text: string, vowelless: ReadonlyMap<string, string>): Spelling[] {
  const out: Spelling[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    // Part of a dotted name (an e-mail or a domain): the link and e-mail detectors read those.
    if (
      text[m.index - 1] === '.' ||
      /^\.[a-z]/i.test(text.slice(m.index + token.length, m.index + token.length + 2))
    )
      continue;
    let plain = unleet(token);
    if (plain === undefined && vowelless.size > 0 && /^[a-z]{4,}$/i.test(token) && !/[aeiouy]/i.test(token))
      plain = vowelless.get(consonants(token));
    if (plain !== undefined && plain.toLowerCase() !== token.toLowerCase())
      out.push({ start: m.index, end: m.index + token.length, text: plain });
  }
  return out;
}
