/**
 * Generates lib/detect/data/t2s.json: a single-character traditional → simplified Chinese map taken from
 * OpenCC's dictionaries (opencc-js). Run: node --import tsx scripts/gen-t2s.ts
 * Format: {"source": "...", "pairs": "繁简繁简…"} (code points, read with Array.from).
 */
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/t2cn';

const converters = (['t', 'tw', 'twp', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
const ranges: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2a6df],
];

let pairs = '';
let count = 0;
for (const [lo, hi] of ranges) {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp);
    for (const convert of converters) {
      const out = convert(ch);
      if (out !== ch && Array.from(out).length === 1) {
        pairs += ch + out;
        count++;
        break;
      }
    }
  }
}
const file = new URL('../lib/detect/data/t2s.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ source: 'OpenCC via opencc-js (t, tw, twp, hk → cn), single characters', pairs })}\n`,
);
console.log(`wrote ${count} pairs`);
