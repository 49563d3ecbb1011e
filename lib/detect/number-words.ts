/**
 * Numbers spoken in words, as people read a phone number aloud to get it past a filter: one digit a word
 * ("tres uno cero"), or in pairs ("cincuenta y cinco, treinta y uno"; "quarante et un, quatre-vingt-dix";
 * "dua puluh tiga"; "hai mươi mốt"; "double five"). Pure: works on the base view's code units, with
 * Latin letters folded to a-z (không → khong).
 */
import { mapChar } from './chars';
import { ARABIC, COMPOUNDS, type Entry, EXACT, type Kind, LATIN, UKRAINIAN } from './number-lexicon';

/** Latin letters folded to a-z by code unit (marks dropped, đ → d); 0 = not a letter. */
export const FOLD = new Uint8Array(0x10000);
for (let u = 0x61; u <= 0x7a; u++) FOLD[u] = u;
for (const [from, to] of [
  [0xc0, 0x250],
  [0x1e00, 0x1f00],
] as const) {
  for (let u = from; u < to; u++) {
    const folded = String.fromCharCode(u)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (folded.length === 1 && folded >= 'a' && folded <= 'z') FOLD[u] = folded.charCodeAt(0);
  }
}
FOLD[0x111] = 0x64; // đ
FOLD[0x131] = 0x69; // ı (Turkish)
FOLD[0x142] = 0x6c; // ł (Polish)
FOLD[0xdf] = 0x73; // ß (German: dreißig read as dreisig)

interface Word {
  kind: Kind;
  value: number;
}

/**
 * The words, by language: English, Indonesian/Malay, Vietnamese, Spanish, Portuguese, French, Italian,
 * German, Dutch, Turkish and Tagalog. Units are single digits; teens and tens make two.
 */
const UNITS: Record<number, string> = {
  0: 'zero oh nought nol kosong sifar khong cero sero zéro null sifir nul',
  1: 'one satu mot uno um uma isa un une eins bir een',
  2: 'two dua hai dos dois duas dalawa deux due zwei zwo iki twee',
  3: 'three tiga ba tres trois tre drei tatlo uc drie',
  4: 'four empat bon tu cuatro quatro quatre quattro vier apat dort',
  5: 'five lima nam lam cinco cinq cinque funf fuenf bes vijf',
  6: 'six enam sau seis meia sei sechs anim alti zes',
  7: 'seven tujuh bay siete sete sept sette sieben pito yedi zeven',
  8: 'eight delapan lapan tam ocho oito huit otto acht walo sekiz',
  9: 'nine sembilan chin nueve nove neuf neun siyam dokuz negen',
};
const TEENS: Record<number, string> = {
  10: 'ten diez dez dix dieci sepuluh',
  11: 'eleven once onze undici sebelas',
  12: 'twelve doce doze douze dodici',
  13: 'thirteen trece treze treize tredici',
  14: 'fourteen catorce catorze quatorze quattordici',
  15: 'fifteen quince quinze quindici',
  16: 'sixteen dieciseis dezesseis dezasseis seize sedici',
  17: 'seventeen diecisiete dezessete dezassete diciassette',
  18: 'eighteen dieciocho dezoito diciotto',
  19: 'nineteen diecinueve dezenove dezanove diciannove',
  21: 'veintiuno veintiun',
  22: 'veintidos',
  23: 'veintitres',
  24: 'veinticuatro',
  25: 'veinticinco',
  26: 'veintiseis',
  27: 'veintisiete',
  28: 'veintiocho',
  29: 'veintinueve',
};
const TENS: Record<number, string> = {
  20: 'twenty veinte vinte venti yirmi',
  30: 'thirty treinta trinta trente trenta otuz',
  40: 'forty fourty cuarenta quarenta quarante quaranta kirk',
  50: 'fifty cincuenta cinquenta cinquante cinquanta elli',
  60: 'sixty sesenta sessenta soixante sessanta altmis',
  70: 'seventy setenta septante settanta yetmis',
  80: 'eighty ochenta oitenta octante huitante ottanta seksen',
  90: 'ninety noventa nonante novanta doksan',
};
const OTHER: [Kind, number, string][] = [
  ['repeat', 2, 'double doble dobel duplo'],
  ['repeat', 3, 'triple tripel triplo'],
  ['and', 0, 'y e et and'],
  ['puluh', 0, 'puluh'],
  ['belas', 0, 'belas'],
  ['muoi', 0, 'muoi'],
  ['vingt', 0, 'vingt vingts'],
  ['hundred', 100, 'hundred yuz cien ciento cem cento cent hundert ratus tram'],
];

const WORD_MAX = 11;
/** Words keyed by a base-27 number of their folded letters (exact up to 11 letters); longer ones by text. */
const WORDS = new Map<number, Word>();
const LONG = new Map<string, Word>();
/** First letters of the words (a cheap pre-check before a word's key is computed). */
const FIRST = new Uint8Array(0x7b);

function keyOf(letters: ArrayLike<number>, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) key = key * 27 + (FOLD[letters[i]!]! - 0x60);
  return key;
}
function declare(kind: Kind, value: number, words: string): void {
  for (const word of words.split(' ')) {
    const units = Uint16Array.from(word, (c) => c.charCodeAt(0));
    FIRST[FOLD[units[0]!]!] = 1;
    if (units.length > WORD_MAX) {
      const folded = foldedText(units, 0, units.length);
      if (!LONG.has(folded)) LONG.set(folded, { kind, value });
      continue;
    }
    const key = keyOf(units, 0, units.length);
    if (!WORDS.has(key)) WORDS.set(key, { kind, value });
  }
}
for (const [value, words] of Object.entries(UNITS)) declare('unit', Number(value), words);
for (const [value, words] of Object.entries(TEENS)) declare('teen', Number(value), words);
for (const [value, words] of Object.entries(TENS)) declare('tens', Number(value), words);
for (const [kind, value, words] of OTHER) declare(kind, value, words);
for (const [kind, value, words] of LATIN) declare(kind, value, words);

function foldedText(src: ArrayLike<number>, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(FOLD[src[i]!]!);
  return out;
}

/** The word over letters [from, to) of `src`, or undefined. */
export function wordAt(src: Uint16Array, from: number, to: number): Word | undefined {
  if (to - from < 1) return undefined;
  let ascii = true;
  for (let i = from; i < to; i++) {
    if (FOLD[src[i]!] === 0) return SCRIPT_WORDS.get(unitsText(src, from, to));
    if (src[i]! > 0x7a) ascii = false;
  }
  if (!ascii) {
    const exact = SCRIPT_WORDS.get(unitsText(src, from, to));
    if (exact) return exact;
  }
  if (FIRST[FOLD[src[from]!]!] !== 1) return undefined;
  const word = to - from > WORD_MAX ? LONG.get(foldedText(src, from, to)) : WORDS.get(keyOf(src, from, to));
  return word ?? compound(foldedText(src, from, to));
}

/** A word already folded to a-z. */
function foldedWord(text: string): Word | undefined {
  if (text.length > WORD_MAX) return LONG.get(text);
  return WORDS.get(
    keyOf(
      Uint16Array.from(text, (c) => c.charCodeAt(0)),
      0,
      text.length,
    ),
  );
}

/** Compounds written as one word: ein-und-zwanzig (21), drei-hundert (300 as a hundreds word), vier-en-dertig. */
function compound(word: string): Word | undefined {
  if (word.length < 7) return undefined;
  for (const { units, and, hundred } of COMPOUNDS_FOLDED) {
    for (const [index, unit] of units.entries()) {
      if (!word.startsWith(unit)) continue;
      const rest = word.slice(unit.length);
      if (rest === hundred) return { kind: 'hundreds', value: index + 1 };
      if (!rest.startsWith(and)) continue;
      const tens = foldedWord(rest.slice(and.length));
      if (tens?.kind === 'tens') return { kind: 'teen', value: tens.value + index + 1 };
    }
  }
  return undefined;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
function unitsText(src: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += APOSTROPHES.has(src[i]!) ? "'" : String.fromCharCode(src[i]!);
  return out;
}

/**
 * Russian number words, keyed by their base-view form: the base view turns Cyrillic look-alikes into
 * Latin letters (ноль → hoль), so the words are normalised the same way when the table is built.
 */
const RUSSIAN: [Kind, number, string][] = [
  ['unit', 0, 'ноль нуль'],
  ['unit', 1, 'один одна'],
  ['unit', 2, 'два две'],
  ['unit', 3, 'три'],
  ['unit', 4, 'четыре'],
  ['unit', 5, 'пять'],
  ['unit', 6, 'шесть'],
  ['unit', 7, 'семь'],
  ['unit', 8, 'восемь'],
  ['unit', 9, 'девять'],
  ...'десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать'
    .split(' ')
    .map((w, i) => ['teen', 10 + i, w] as [Kind, number, string]),
  ...'двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто'
    .split(' ')
    .map((w, i) => ['tens', 20 + 10 * i, w] as [Kind, number, string]),
  ...'сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот'
    .split(' ')
    .map((w, i) => ['hundreds', i + 1, w] as [Kind, number, string]),
];
/**
 * Words whose base form keeps letters of other scripts (Russian, Ukrainian, Arabic) and Latin words matched with
 * their marks; those made only of look-alikes (сто → cto) are in WORDS.
 */
const SCRIPT_WORDS = new Map<string, Word>();
const NO_TABLE = new Map<string, string>();
function declareScript(entries: Entry[], prefix = ''): void {
  for (const [kind, value, words] of entries) {
    for (const word of words.split(' ')) {
      const base = Array.from(prefix + word, (c) => mapChar(c, NO_TABLE)).join('');
      if (/^[a-z]+$/.test(base)) declare(kind, value, base);
      else if (!SCRIPT_WORDS.has(base)) SCRIPT_WORDS.set(base, { kind, value });
    }
  }
}
declareScript(RUSSIAN);
declareScript(UKRAINIAN);
declareScript(ARABIC);
declareScript(ARABIC, 'و');
for (const [kind, value, word] of EXACT) SCRIPT_WORDS.set(word, { kind, value });
const fold = (w: string) =>
  foldedText(
    Uint16Array.from(w, (c) => c.charCodeAt(0)),
    0,
    w.length,
  );
const COMPOUNDS_FOLDED = COMPOUNDS.map(({ units, and, hundred }) => ({
  units: units.map(fold),
  and,
  hundred,
}));

/** A spoken number at a word: its digits (char codes) and where it ends; `end` is the first unit after. */
export interface Spoken {
  digits: number[];
  end: number;
}

/** Whether a code unit is Cyrillic (Russian number words). */
export const isCyrillic = (u: number) => u >= 0x400 && u <= 0x4ff;
/** Whether a code unit is an Arabic letter (Arabic number words). */
export const isArabic = (u: number) => u >= 0x621 && u <= 0x64a;
const isLetter = (u: number | undefined) =>
  u !== undefined && (FOLD[u] !== 0 || isCyrillic(u) || isArabic(u));
/** The end of a word through apostrophes between letters (п'ять, дев'ять). */
function throughApostrophes(src: Uint16Array, to: number, n: number): number {
  let j = to;
  while (j + 1 < n && APOSTROPHES.has(src[j]!) && isLetter(src[j - 1]) && isLetter(src[j + 1])) {
    j += 2;
    while (j < n && isLetter(src[j])) j++;
  }
  return j;
}
const isBlankish = (u: number | undefined) => u === 0x20 || u === 0x2d || u === 0xa0 || u === 0x09;

/** The next word after `at` across at most two blanks or hyphens: [from, to) of its letters, or undefined. */
function nextWord(src: Uint16Array, at: number, n: number): [number, number] | undefined {
  let i = at;
  while (i < n && i - at < 2 && isBlankish(src[i])) i++;
  if (i === at || i >= n || !isLetter(src[i])) return undefined;
  let j = i + 1;
  while (j < n && isLetter(src[j])) j++;
  return [i, throughApostrophes(src, j, n)];
}

function isTurkishTen(src: Uint16Array, [from, to]: [number, number]): boolean {
  return to - from === 2 && FOLD[src[from]!] === 0x6f && FOLD[src[from + 1]!] === 0x6e;
}

function twoDigits(value: number): number[] {
  return [0x30 + Math.floor(value / 10), 0x30 + (value % 10)];
}

/**
 * The spoken number starting at the word [from, to) of `src` (letters folded by FOLD), read through the
 * words that belong to it ("treinta y uno", "quatre-vingt-dix-neuf"); undefined when the word is none.
 * A bare `and` word, or a connector word alone, is never a number.
 */
export function spokenAt(src: Uint16Array, from: number, wordEnd: number, n: number): Spoken | undefined {
  const to = throughApostrophes(src, wordEnd, n);
  const first = wordAt(src, from, to);
  if (!first) return undefined;
  const next = (at: number) => {
    const span = nextWord(src, at, n);
    return span && { span, word: wordAt(src, span[0], span[1]) };
  };
  // The tail of a tens word: a unit (1-9), or after soixante/quatre-vingt a teen; through y/e/et/and.
  const tensTail = (tens: number, end: number): Spoken => {
    let after = next(end);
    if (after?.word?.kind === 'and') after = next(after.span[1]);
    const word = after?.word;
    if (word?.kind === 'unit' && word.value > 0)
      return { digits: twoDigits(tens + word.value), end: after!.span[1] };
    if (word?.kind === 'teen' && word.value < 20 && (tens === 60 || tens === 80))
      return { digits: twoDigits(tens + word.value), end: after!.span[1] };
    return { digits: twoDigits(tens), end };
  };
  // "beş yüz otuz iki", "five hundred and two": three digits.
  const hundreds = (count: number, end: number): Spoken => {
    let after = next(end);
    if (after?.word?.kind === 'and') after = next(after.span[1]);
    const word = after?.word;
    if (word?.kind === 'tens') {
      const tail = tensTail(word.value, after!.span[1]);
      return { digits: [0x30 + count, ...tail.digits], end: tail.end };
    }
    if (word?.kind === 'teen' && word.value < 20)
      return { digits: [0x30 + count, ...twoDigits(word.value)], end: after!.span[1] };
    // Turkish "on" (ten) only after a hundred: "yedi yüz on bir" (English "on" is too common alone).
    if (after && !word && isTurkishTen(src, after.span)) {
      const unit = next(after.span[1]);
      if (unit?.word?.kind === 'unit' && unit.word.value > 0)
        return { digits: [0x30 + count, 0x31, 0x30 + unit.word.value], end: unit.span[1] };
      return { digits: [0x30 + count, 0x31, 0x30], end: after.span[1] };
    }
    if (word?.kind === 'unit')
      return { digits: [0x30 + count, 0x30, 0x30 + word.value], end: after!.span[1] };
    return { digits: [0x30 + count, 0x30, 0x30], end };
  };
  switch (first.kind) {
    case 'unit': {
      const after = next(to);
      const kind = after?.word?.kind;
      if (kind === 'vingt' && first.value === 4) return tensTail(80, after!.span[1]);
      if ((kind === 'puluh' || kind === 'muoi') && first.value > 1)
        return tensTail(first.value * 10, after!.span[1]);
      if (kind === 'belas' && first.value > 1)
        return { digits: twoDigits(10 + first.value), end: after!.span[1] };
      if (kind === 'hundred' && first.value > 0) return hundreds(first.value, after!.span[1]);
      // Czech "dvě stě", "tři sta", "pět set".
      if (kind === 'sta' && first.value >= after!.word!.value) return hundreds(first.value, after!.span[1]);
      return { digits: [0x30 + first.value], end: to };
    }
    // vingt, vingt-deux, vingt et un (quatre-vingt is read from its quatre).
    case 'vingt':
      return tensTail(20, to);
    case 'teen': {
      // dix-sept, dix-huit, dix-neuf; mười một (Vietnamese teens are "mười" + unit).
      const after = next(to);
      if (first.value === 10 && after?.word?.kind === 'unit' && after.word.value >= 7)
        return { digits: twoDigits(10 + after.word.value), end: after.span[1] };
      return { digits: twoDigits(first.value), end: to };
    }
    case 'muoi': {
      const after = next(to);
      if (after?.word?.kind === 'unit' && after.word.value > 0)
        return { digits: twoDigits(10 + after.word.value), end: after.span[1] };
      return { digits: twoDigits(10), end: to };
    }
    case 'tens':
      return tensTail(first.value, to);
    case 'hundred':
      return hundreds(1, to);
    case 'hundreds':
      return hundreds(first.value, to);
    case 'repeat': {
      // "double five", "double 8": the digit twice (or three times).
      let i = to;
      while (i < n && i - to < 2 && isBlankish(src[i])) i++;
      const u = src[i];
      if (i > to && u !== undefined && u >= 0x30 && u <= 0x39)
        return { digits: Array(first.value).fill(u), end: i + 1 };
      const after = next(to);
      if (after?.word?.kind === 'unit')
        return { digits: Array(first.value).fill(0x30 + after.word.value), end: after.span[1] };
      return undefined;
    }
    default:
      return undefined;
  }
}
