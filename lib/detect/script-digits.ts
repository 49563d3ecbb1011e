/**
 * Digits spelled out in scripts written without spaces, for the digits view (normalise.ts): Korean
 * Sino-Korean syllables (공일공-칠삼팔이-오오일구), Japanese ゼロ and katakana digits (ゼロキュウゼロ イチニサンヨン),
 * and Thai number words (ศูนย์แปดหนึ่ง), as the
 * base view writes them (Thai marks dropped: สี่ reads ส, ห้า หา). These syllables are also ordinary word
 * pieces (이 "this", 사이 "between", สาม in สามารถ), so a run counts only as a number: three words or more in a
 * row, joined directly or by a blank or a dash, and a Korean group is not glued to a longer word.
 */
/** One piece of a run: base units [from, to) read as `digit` (-1: a separator, copied as it is). */
export interface DigitPart {
  from: number;
  to: number;
  digit: number;
}

const KOREAN: Record<string, number> = {
  공: 0,
  영: 0,
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  륙: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
/** Particles that may follow a Korean number ("…오오일구로", "…번으로"). */
const PARTICLE = new Set(Array.from('로으에번입요는을를도만까고예임랑와과', (c) => c.charCodeAt(0)));
const THAI = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
/** Japanese digits read aloud in katakana (シ and ク, also "death" and "suffering", are left out). */
const KATAKANA: [string, number][] = [
  ['レイ', 0],
  ['マル', 0],
  ['イチ', 1],
  ['ニ', 2],
  ['サン', 3],
  ['ヨン', 4],
  ['ゴ', 5],
  ['ロク', 6],
  ['ナナ', 7],
  ['ハチ', 8],
  ['キュウ', 9],
  ['キュー', 9],
];

let words: { units: number[]; digit: number }[] | undefined;
let starts: Uint8Array | undefined;
const KOREAN_DIGIT = new Map(Object.entries(KOREAN).map(([c, d]) => [c.charCodeAt(0), d]));

/** Thai words in base form, longest first (สอง before ส), and the units a word may start with. */
function table(): { words: { units: number[]; digit: number }[]; starts: Uint8Array } {
  if (!words || !starts) {
    // As the base view writes them: Thai marks dropped (no other change applies to these letters).
    const base = (w: string) => Array.from(w.replace(/\p{Mn}/gu, ''), (c) => c.charCodeAt(0));
    words = THAI.map((w, digit) => ({ units: base(w), digit }));
    words.push({ units: Array.from('ゼロ', (c) => c.charCodeAt(0)), digit: 0 });
    for (const [w, digit] of KATAKANA) words.push({ units: Array.from(w, (c) => c.charCodeAt(0)), digit });
    words.sort((a, b) => b.units.length - a.units.length);
    starts = new Uint8Array(0x10000);
    for (const w of words) starts[w.units[0]!] = 1;
    for (const u of KOREAN_DIGIT.keys()) starts[u] = 1;
  }
  return { words, starts };
}

const ZE = 0x30bc;
const isHangul = (u: number) => u >= 0xac00 && u <= 0xd7a3;
const isKatakana = (u: number) => u >= 0x30a1 && u <= 0x30fa;
const isJoin = (u: number) =>
  u === 0x20 || u === 0x2d || u === 0xa0 || u === 0x30fc || (u >= 0x2010 && u <= 0x2015);

/** The word at base unit i: its digit and end, or undefined. */
function wordAt(src: Uint16Array, i: number, n: number): { digit: number; end: number } | undefined {
  const u = src[i]!;
  const korean = KOREAN_DIGIT.get(u);
  if (korean !== undefined) return { digit: korean, end: i + 1 };
  for (const w of table().words) {
    if (w.units[0] !== u || i + w.units.length > n) continue;
    if (w.units.every((c, k) => src[i + k] === c)) return { digit: w.digit, end: i + w.units.length };
  }
  return undefined;
}

/** Whether base unit `u` may start a spelled digit (cheap test before `digitRunAt`). */
export function mayStartDigitWord(u: number): boolean {
  return u >= 0xe00 && (starts ?? table().starts)[u] === 1;
}

/** The spelled-digit run starting at base unit `i` (three words or more), or undefined. */
export function digitRunAt(
  src: Uint16Array,
  i: number,
  n: number,
): { parts: DigitPart[]; end: number } | undefined {
  // Korean: not the tail of a longer word (사이즈 → no; 번호 공일공 → yes).
  if (isHangul(src[i]!) && i > 0 && isHangul(src[i - 1]!)) return undefined;
  // Katakana: not the middle of a longer word (マイチ…).
  if (isKatakana(src[i]!) && i > 0 && isKatakana(src[i - 1]!)) return undefined;
  const parts: DigitPart[] = [];
  let words = 0;
  let k = i;
  for (;;) {
    const w = wordAt(src, k, n);
    if (!w) break;
    parts.push({ from: k, to: w.end, digit: w.digit });
    words++;
    k = w.end;
    let j = k;
    while (j < n && j - k < 2 && isJoin(src[j]!)) j++;
    if (j > k && wordAt(src, j, n)) {
      parts.push({ from: k, to: j, digit: -1 });
      k = j;
    }
  }
  // A Korean group glued to a longer word is that word (사이즈), unless a particle follows (오오일구로).
  const next = src[k] ?? 0;
  if (isHangul(src[k - 1] ?? 0) && isHangul(next) && !PARTICLE.has(next)) return undefined;
  // …and a katakana run glued to a longer word is that word (イチニサンダル).
  if (isKatakana(src[k - 1] ?? 0) && isKatakana(next)) return undefined;
  // ゼロ is only a number (ゼロ九〇…): it needs no other word; ゼ alone (プレゼント, ゼリー) is none.
  return words >= 3 || (src[i] === ZE && words > 0) ? { parts, end: k } : undefined;
}
