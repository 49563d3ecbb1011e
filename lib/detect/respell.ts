/**
 * Words disguised by their spelling, to be read again written plainly (lint.ts re-reads the text with
 * these spellings in place, as it does for terms matched by sound):
 * - leetspeak: digits and symbols inside a Latin word (Amaz0n, eB@y, SHE1N, WeCh@t, 1nst4gr4m, Uni0n: leet.ts);
 * - vowels dropped from a name the packs hold (Tlgrm, Whtsp, Fcbk);
 * - marketplace and payment names misspelled (Amazom, AliXpress, Lazadda, Paypall: near-names.ts) or
 *   written with a letter masked by `*` (T*mu, Sh*in);
 * - insults with a letter masked by `*` or `#` (st*pid, id*ot, f*cking, d#mb), read through the packs' abuse words.
 * Pure: strings in, spans out.
 */
import { LEET_CHAR, leetLetters, unleet } from './leet';
import { NearNames } from './near-names';

/** A span to read again with another spelling. */
export interface Spelling {
  start: number;
  end: number;
  text: string;
}

/**
 * Marketplaces and payment apps worth reading through a misspelling. A linter keeps those its packs name
 * (a pack term or pattern holds the name), so a platform's own name stays unread on its pack.
 */
export const MARKET_NAMES = [
  'amazon',
  'aliexpress',
  'alibaba',
  'lazada',
  'shopee',
  'tokopedia',
  'bukalapak',
  'taobao',
  'tmall',
  'temu',
  'shein',
  'ebay',
  'walmart',
  'etsy',
  'dhgate',
  'pinduoduo',
  'tiktok',
  'flipkart',
  'rakuten',
  'coupang',
  'mercadolibre',
  'mercadolivre',
  'paypal',
  'alipay',
  'venmo',
  'zelle',
  'payoneer',
  'revolut',
];

/**
 * Payment names too short for the leet rule's three letters (leet.ts), read only when a leet character
 * stands inside them: p1x → pix.
 */
const SHORT_PAY_NAMES = new Set(['pix']);

/** What a linter reads respellings against: names without vowels, names misspelled, words masked. */
export interface RespellNames {
  vowelless: ReadonlyMap<string, string>;
  near: NearNames;
  /** Abuse words read through a mask only (never misspelled: `stupit` is no insult to flag). */
  masked?: NearNames;
}

const TOKEN = /[\p{L}\p{N}@$€!|]+/gu;
/** A word split by dashes (e-b@y, Sh-0-pee). */
const DASHED = /(?<![\p{L}\p{N}@$€!|-])[\p{L}\p{N}@$€!|]+(?:-[\p{L}\p{N}@$€!|]+)+(?![\p{L}\p{N}@$€!|-])/gu;
const ASCII_WORD = /^[a-z]+$/i;
/** Cheap test first: a Latin letter followed by a letter or a leet character. */
const MAY_RESPELL = /[a-z][a-z0-9@$€!|]/i;

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
    const had = out.get(key);
    // An inflected form (telegramie after telegram) is the same name: the shorter one stands for both.
    if (had === undefined || word.startsWith(had)) out.set(key, had ?? word);
    else if (!had.startsWith(word)) clash.add(key);
    else out.set(key, word);
  }
  for (const key of clash) out.delete(key);
  return out;
}

/** The market names a pack set names somewhere in its vocabulary (terms, pattern sources). */
export function namedMarkets(vocabulary: readonly string[]): NearNames {
  const text = vocabulary.join('\n').toLowerCase();
  return new NearNames(MARKET_NAMES.filter((name) => text.includes(name)));
}

/** The plain spelling of one token, or undefined when it is no disguised word. */
function plainOf(token: string, names: RespellNames): string | undefined {
  const short = shortPayName(token);
  if (short !== undefined) return short;
  const readings = unleet(token);
  if (readings.length > 0) {
    // A reading that spells a name wins (Amaz0m → amazon); else the first (Uni0n → Union).
    for (const reading of readings) {
      const name = names.near.find(reading);
      if (name !== undefined) return name === reading.toLowerCase() ? reading : name;
    }
    return readings[0];
  }
  if (token.length < 4 || !ASCII_WORD.test(token)) return undefined;
  if (names.vowelless.size > 0 && !/[aeiouy]/i.test(token)) return names.vowelless.get(consonants(token));
  return names.near.find(token);
}

/**
 * A Latin word with letters masked by `*` or `#` inside it (T*mu, Sh*in, d#mb), leet allowed (Sh*3in, P*yP@l).
 * A `#` opening a word is a hashtag, so a mask never starts one.
 */
const MASKED = /(?<![a-z0-9@$€!|*#])[a-z][a-z0-9@$€!|]*(?:[*#]+[a-z0-9@$€!|]+)+(?![a-z0-9@$€!|*#])/gi;

/** Names and insults written with letters masked (T*mu, Sh*pee, Am*zon, st*pid; with leet, Sh*3in). */
function maskedSpellings(text: string, names: RespellNames): Spelling[] {
  if (!text.includes('*') && !text.includes('#')) return [];
  const out: Spelling[] = [];
  for (const m of text.matchAll(MASKED)) {
    const word = unleetMasked(m[0].replaceAll('#', '*'));
    const plain = names.near.masked(word) ?? names.masked?.masked(word);
    if (plain !== undefined) out.push({ start: m.index, end: m.index + m[0].length, text: plain });
  }
  return out;
}

/** A masked word's leet characters read as letters, its masks kept (Sh*3in → sh*ein). */
function unleetMasked(word: string): string {
  const read = unleet(word.replaceAll('*', 'x'))[0];
  if (read === undefined || read.length !== word.length) return word;
  return [...read].map((c, i) => (word[i] === '*' ? '*' : c)).join('');
}

/** A short payment name with one leet character inside (p1x), else undefined. */
function shortPayName(token: string): string | undefined {
  if (token.length !== 3 || !/^[a-z].[a-z]$/i.test(token)) return undefined;
  const lower = token.toLowerCase();
  for (const c of leetLetters(lower[1]!)) {
    const reading = `${lower[0]}${c}${lower[2]}`;
    if (SHORT_PAY_NAMES.has(reading)) return reading;
  }
  return undefined;
}

/** The disguised words of `text` and their plain spellings, in text order. */
export function respellings(text: string, names: RespellNames): Spelling[] {
  if (!MAY_RESPELL.test(text)) return [];
  const out: Spelling[] = maskedSpellings(text, names);
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const plain = plainOf(token, names);
    if (plain === undefined || plain.toLowerCase() === token.toLowerCase()) continue;
    // Part of a dotted name (an e-mail or a domain): the link and e-mail detectors read those.
    const end = m.index + token.length;
    if (text[m.index - 1] === '.' || /^\.[a-z]/i.test(text.slice(end, end + 2))) continue;
    // A piece of a masked word (y and P@l in P*yP@l): read whole by maskedSpellings, or not at all.
    if (text[m.index - 1] === '*' || text[end] === '*') continue;
    if (out.some((o) => o.start < end && m.index < o.end)) continue;
    out.push({ start: m.index, end, text: plain });
  }
  // A name split by dashes with leet in it (e-b@y, Sh-0-pee): read whole, when it spells a name.
  for (const m of text.matchAll(DASHED)) {
    if (!LEET_CHAR.test(m[0])) continue;
    const end = m.index + m[0].length;
    const plain = plainOf(m[0].replaceAll('-', ''), names);
    if (plain === undefined || names.near.find(plain) === undefined) continue;
    if (out.some((o) => o.start < end && m.index < o.end)) continue;
    out.push({ start: m.index, end, text: plain });
  }
  return out.sort((a, b) => a.start - b.start);
}
