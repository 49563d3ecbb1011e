/**
 * Generates lib/detect/data/pinyin.json: the toneless pinyin syllable of each CJK Unified Ideograph
 * (U+4E00–U+9FFF), its most common reading, from pinyin-pro. Run: node --import tsx scripts/gen-pinyin.ts
 * Format: {"source", "first": 0x4e00, "syllables": "a ai an …", "codes": "…"}; codes[i] is the character for
 * first + i, as String.fromCharCode(0x100 + syllable index), or " " when it has no reading.
 */
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const FIRST = 0x4e00;
const LAST = 0x9fff;
const syllables: string[] = [];
const index = new Map<string, number>();
let codes = '';
for (let cp = FIRST; cp <= LAST; cp++) {
  const ch = String.fromCodePoint(cp);
  const reading = pinyin(ch, { toneType: 'none', type: 'array', v: true })[0] ?? '';
  if (!/^[a-z]+$/.test(reading)) {
    codes += ' ';
    continue;
  }
  let id = index.get(reading);
  if (id === undefined) {
    id = syllables.push(reading) - 1;
    index.set(reading, id);
  }
  codes += String.fromCharCode(0x100 + id);
}
const file = new URL('../lib/detect/data/pinyin.json', import.meta.url);
const source = 'pinyin-pro (most common reading, tones removed, ü as v), U+4E00–U+9FFF';
writeFileSync(file, `${JSON.stringify({ source, first: FIRST, syllables: syllables.join(' '), codes })}\n`);
console.log(`wrote ${codes.length} characters, ${syllables.length} syllables`);
