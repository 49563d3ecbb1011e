/**
 * `npm run store:screenshots`: after `npm run demo -- --headless` (the npm script runs it first), copies the
 * chosen demo screenshots to docs/store/screenshots/ under their store names, checking each is a store size
 * (1280x800 or 640x400). To change the selection, edit SHOTS and the captions in docs/store/*.md.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Demo file (in .demo/) → store file (in docs/store/screenshots/), in listing order. */
const SHOTS: Array<[demo: string, store: string]> = [
  ['shopee.png', '1-marks-shopee.png'],
  ['pinduoduo.png', '2-marks-pinduoduo.png'],
  ['aliexpress.png', '3-deadlines-aliexpress.png'],
  ['options-templates.png', '4-templates.png'],
];

const STORE_SIZES = ['1280x800', '640x400'];

/** Width x height from a PNG's IHDR chunk. */
function pngSize(file: string): string {
  const head = readFileSync(file).subarray(0, 24);
  if (head.toString('latin1', 1, 4) !== 'PNG') return 'not a PNG';
  return `${head.readUInt32BE(16)}x${head.readUInt32BE(20)}`;
}

const from = resolve('.demo');
const to = resolve('docs/store/screenshots');
mkdirSync(to, { recursive: true });
let failed = false;
for (const [demo, store] of SHOTS) {
  const source = `${from}/${demo}`;
  if (!existsSync(source)) {
    console.error(`.demo/${demo} is missing: run "npm run demo -- --headless" first (or update SHOTS).`);
    failed = true;
    continue;
  }
  const size = pngSize(source);
  if (!STORE_SIZES.includes(size)) {
    console.error(`.demo/${demo} is ${size}; the stores take ${STORE_SIZES.join(' or ')}.`);
    failed = true;
    continue;
  }
  copyFileSync(source, `${to}/${store}`);
  console.log(`docs/store/screenshots/${store}  (${size}, from .demo/${demo})`);
}
process.exit(failed ? 1 : 0);
