/**
 * The phonetic view: the skeleton with every Han character replaced by its toneless pinyin syllable (one
 * code unit per syllable, in a private-use range), so 微信, 薇信, 威信, 维心 and 微芯 read the same: `wei xin`.
 * It has the skeleton's indices, so a hit in it maps to the original text through the skeleton's offset
 * map. Data: lib/detect/data/pinyin.json (scripts/gen-pinyin.ts, from pinyin-pro).
 */
import pinyinData from '@/lib/detect/data/pinyin.json';
import { CJK, type Normalised, SEP, skeletonOf } from './normalise';

/** Syllable i is the code unit SOUND_BASE + i in the phonetic view. */
export const SOUND_BASE = 0xe000;

let byUnit: Uint16Array | undefined;
let syllables: string[] = [];
let ids: Map<string, number> | undefined;

/** unit - first → syllable index + 1 (0: no reading). */
function table(): Uint16Array {
  if (byUnit) return byUnit;
  syllables = pinyinData.syllables.split(' ');
  ids = new Map(syllables.map((s, i) => [s, i]));
  const codes = pinyinData.codes;
  byUnit = new Uint16Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes.charCodeAt(i);
    if (c >= 0x100) byUnit[i] = c - 0x100 + 1;
  }
  return byUnit;
}

/** The phonetic unit of a base unit: its syllable's code for a Han character with a reading, else 0. */
export function soundUnit(u: number): number {
  const t = table();
  const i = u - pinyinData.first;
  if (i < 0 || i >= t.length) return 0;
  const id = t[i]!;
  return id === 0 ? 0 : SOUND_BASE + id - 1;
}

/** The toneless syllable of a Han character ('wei' for 薇), or undefined. */
export function syllableOf(ch: string): string | undefined {
  const unit = soundUnit(ch.charCodeAt(0));
  return unit === 0 ? undefined : syllables[unit - SOUND_BASE];
}

/**
 * A term declared by sound as the phonetic view's units: Han characters by their syllable, Latin words that
 * are pinyin syllables likewise ("wei xin" = "微信" = "薇芯"), anything else as its skeleton. Throws on a
 * term with no syllable in it (it would be an ordinary term).
 */
export function soundKey(term: string): string {
  table();
  let key = '';
  let syllable = false;
  for (const token of term.trim().split(/\s+/)) {
    if (/^[a-zü]+$/i.test(token) && ids!.has(token.toLowerCase().replace('ü', 'v'))) {
      key += String.fromCharCode(SOUND_BASE + ids!.get(token.toLowerCase().replace('ü', 'v'))!);
      syllable = true;
      continue;
    }
    for (const ch of skeletonOf(token)) {
      const unit = soundUnit(ch.charCodeAt(0));
      key += unit === 0 ? ch : String.fromCharCode(unit);
      syllable ||= unit !== 0;
    }
  }
  if (!syllable)
    throw new Error(`sound term ${JSON.stringify(term)} has no pinyin syllable or Han character`);
  return key;
}

/** Whether `term` can be declared by sound (for pack validation). */
export function isSoundTerm(term: string): boolean {
  try {
    soundKey(term);
    return true;
  } catch {
    return false;
  }
}

/**
 * The phonetic view of a normalised text, as a Normalised whose skeleton is the phonetic one, or undefined
 * when the text has no Han character with a reading. A Latin word glued to Han that is a pinyin syllable
 * reads as that syllable too (shua单 and 刷dan read as 刷单, zhi付宝 as 支付宝).
 */
export function phonetic(n: Normalised, scratch: { units: Uint16Array }): Normalised | undefined {
  const t = table();
  const first = pinyinData.first;
  const length = n.skelLength;
  if (scratch.units.length < length) scratch.units = new Uint16Array(length + 64);
  const out = scratch.units;
  let han = false;
  let latin = false;
  for (let i = 0; i < length; i++) {
    const u = n.skel[i]!;
    const id = u >= first && u - first < t.length ? t[u - first]! : 0;
    if (id === 0) {
      out[i] = u;
      latin ||= u >= 0x61 && u <= 0x7a;
    } else {
      out[i] = SOUND_BASE + id - 1;
      han = true;
    }
  }
  if (!han) return undefined;
  if (latin) {
    const mixed = withLatinSyllables(n);
    if (mixed) return mixed;
  }
  const view = Object.create(n) as Normalised & { skel: Uint16Array };
  Object.defineProperty(view, 'skel', { value: out });
  return view;
}

/** Pinyin vowels with tone marks, read without them (jí → ji, lǜ → lv). */
const TONED: Record<string, string> = {};
for (const [plain, toned] of Object.entries({
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  v: 'ǖǘǚǜü',
}))
  for (const c of toned) TONED[c] = plain;
const toneless = (u: number): number => {
  const plain = TONED[String.fromCharCode(u)];
  return plain === undefined ? u : plain.charCodeAt(0);
};
const isLetter = (u: number) =>
  (u >= 0x61 && u <= 0x7a) || (u >= 0xe0 && TONED[String.fromCharCode(u)] !== undefined);
const isHan = (u: number | undefined) => u !== undefined && soundUnit(u) !== 0;

/** The phonetic view rebuilt from the base view, Latin syllables glued to Han as one unit; or undefined. */
function withLatinSyllables(n: Normalised): Normalised | undefined {
  const { units: src, start, end } = n.base;
  const len = src!.length;
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const classes: number[] = [];
  let found = false;
  for (let i = 0; i < len; ) {
    const u = src![i]!;
    if (isLetter(u)) {
      let j = i + 1;
      while (j < len && isLetter(src![j]!)) j++;
      const id =
        j - i <= 6 && (isHan(src![i - 1]) || isHan(src![j]))
          ? ids!.get(String.fromCharCode(...Array.from(src!.subarray(i, j), toneless)))
          : undefined;
      if (id !== undefined) {
        units.push(SOUND_BASE + id);
        starts.push(start[i]!);
        ends.push(end[j - 1]!);
        classes.push(CJK);
        found = true;
        i = j;
        continue;
      }
      for (; i < j; i++) {
        units.push(src![i]!);
        starts.push(start[i]!);
        ends.push(end[i]!);
        classes.push(n.baseCls[i]!);
      }
      continue;
    }
    const sound = soundUnit(u);
    units.push(sound || u);
    starts.push(start[i]!);
    ends.push(end[i]!);
    classes.push(sound ? CJK : n.baseCls[i]!);
    i++;
  }
  if (!found) return undefined;
  const skel: number[] = [];
  const skelBase: number[] = [];
  classes.forEach((c, k) => {
    if (c !== SEP) {
      skel.push(units[k]!);
      skelBase.push(k);
    }
  });
  const base = {
    s: '',
    units: Uint16Array.from(units),
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
  };
  return {
    text: n.text,
    base,
    baseCls: Uint8Array.from(classes),
    skel: Uint16Array.from(skel),
    skelLength: skel.length,
    skelBase: Int32Array.from(skelBase),
    digits: () => n.digits(),
  };
}
