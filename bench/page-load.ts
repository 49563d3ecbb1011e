/**
 * What ReplyGuard costs a portal page (issue #14), in real Chromium with the built extension:
 * - a page load where no editor is focused, side by side with an empty extension in the same run;
 * - the first marks after the first keystroke on a freshly loaded page (Chromium and Firefox);
 * - the content-script bytes parsed at load.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { type BrowserName, CHROME_BUILD, FIREFOX_BUILD, launch } from '@/tests/e2e/harness';
import { focusEditor } from '@/tests/e2e/portal-editors';
import { FIXTURE_HOSTS, type FixtureServer, startFixtureServer } from '@/tests/fixtures/server';
import { browserPath } from '@/tests/support/browsers';
import { fmt, register } from './harness';

const LOADS = 9;
const PORTAL = 'pinduoduo';

/** An extension with a content script that does nothing, on the same pages and frames as ours. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-empty-ext-'));
  const content_scripts = [
    { matches: ['https://*/*'], js: ['c.js'], all_frames: true, run_at: 'document_idle' },
  ];
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', content_scripts }),
  );
  writeFileSync(join(dir, 'c.js'), 'void 0;\n');
  return dir;
}

async function withChromium<T>(extension: string, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'rg-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    ignoreHTTPSErrors: true,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--host-resolver-rules=${FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(',')}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the extension's install work settles
    return await use(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

interface Load {
  scriptMs: number;
  heapMb: number;
}

/** Main-thread script time and JS heap (after a collection) of one page load, 2 s after load. */
async function loadOnce(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.waitForTimeout(2000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { scriptMs: metric('ScriptDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1e6 };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Both extensions, loads interleaved so the machine's load falls on both alike; the first load of each is a warm-up. */
async function pageLoads(server: FixtureServer): Promise<{ empty: Load; ours: Load }> {
  const url = server.url(PORTAL);
  const empty = emptyExtension();
  try {
    const runs = { empty: [] as Load[], ours: [] as Load[] };
    await withChromium(empty, (emptyContext) =>
      withChromium(CHROME_BUILD, async (ourContext) => {
        for (let i = 0; i <= LOADS; i++) {
          const a = await loadOnce(emptyContext, url);
          const b = await loadOnce(ourContext, url);
          if (i === 0) continue;
          runs.empty.push(a);
          runs.ours.push(b);
        }
      }),
    );
    const summary = (loads: Load[]) => ({
      scriptMs: median(loads.map((load) => load.scriptMs)),
      heapMb: median(loads.map((load) => load.heapMb)),
    });
    return { empty: summary(runs.empty), ours: summary(runs.ours) };
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

/**
 * A freshly loaded page whose reply box holds a draft with a phone number: the agent clicks into it and
 * types one key at once. Time from that keystroke (as the page saw it) to the first mark drawn.
 */
async function firstMarks(name: BrowserName): Promise<number[]> {
  const browser = await launch(name);
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.openPortal(PORTAL);
      await page.evaluate(() => {
        const box = document.querySelector<HTMLTextAreaElement>('#replyTextarea')!;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
          box,
          '加我微信 abc_123 ',
        );
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        const shadow = document.querySelector('replyguard-ui')!.shadowRoot!;
        const at = window as unknown as { keyAt?: number; markAt?: number };
        box.addEventListener('keydown', () => (at.keyAt ??= performance.now()), { once: true });
        new MutationObserver((_, observer) => {
          if (!shadow.querySelector('[data-finding]')) return;
          at.markAt = performance.now();
          observer.disconnect();
        }).observe(shadow, { subtree: true, childList: true });
      });
      await focusEditor(page, PORTAL);
      await page.keyboard.type('a');
      const result = await page.waitFor(() => {
        const at = window as unknown as { keyAt?: number; markAt?: number };
        return at.markAt !== undefined && at.keyAt !== undefined ? { took: at.markAt - at.keyAt } : null;
      });
      // Negative: the draft was marked before the key arrived (the engine was ready first).
      times.push(Math.max(0, result?.took ?? Number.NaN));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/** The loader, and the page-wide app a frame with the conversation list loads (its entry and static imports). */
function parsedBytes(build: string): { loader: number; app: number } {
  const loader = statSync(join(build, 'content-scripts/content.js')).size;
  const dir = join(build, 'content-scripts/app');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g))
      visit(match[1]!);
  };
  visit('app.js');
  return { loader, app: [...seen].reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

register({
  name: 'page-load',
  async run() {
    const heading = '## Cost on a portal page (issue #14: the light loader)';
    if (!existsSync(`${CHROME_BUILD}/manifest.json`))
      return `${heading}\n\nSkipped: needs \`npm run build\`.`;
    const server = await startFixtureServer();
    try {
      const { empty, ours } = await pageLoads(server);
      const script = ours.scriptMs - empty.scriptMs;
      const heap = ours.heapMb - empty.heapMb;
      const marks = {
        chromium: await firstMarks('chromium'),
        firefox: existsSync(`${FIREFOX_BUILD}/manifest.json`) ? await firstMarks('firefox') : [],
      };
      const bytes = parsedBytes(CHROME_BUILD);
      const markRow = (name: BrowserName) => {
        const times = marks[name];
        if (!times.length)
          return `| first marks after the first keystroke (${name}) | not built | | ≤ 50 ms | |`;
        const p50 = median(times);
        return `| first marks after the first keystroke (${name}), median of ${times.length} | ${fmt(p50)} ms (max ${fmt(Math.max(...times))} ms) | | ≤ 50 ms | ${verdict(p50 <= 50)} |`;
      };
      return [
        heading,
        '',
        `The imitation ${PORTAL} chat page (conversation list and reply box in the top frame). Page loads: ${LOADS}`,
        'loads per extension, ReplyGuard and an empty extension (one content script that does nothing, same',
        'frames) alternating in one run; Chrome DevTools Protocol `ScriptDuration` (main-thread script) and',
        '`JSHeapUsedSize` after a collection, 2 s after load; medians. First marks: a fresh page whose reply box',
        'holds a draft with a WeChat id; the reply box is focused and one key typed at once (the lint engine',
        'loads on that focus); time from the keydown the page saw to the first mark drawn. Firefox gives no',
        'per-page script time or heap over WebDriver BiDi: only the first-marks row is measured there.',
        '',
        '| measure | ReplyGuard | empty extension | target | |',
        '|---|---|---|---|---|',
        `| main-thread script, page load with no editor focused | ${fmt(ours.scriptMs)} ms (+${fmt(script)} ms) | ${fmt(empty.scriptMs)} ms | ≤ +15 ms | ${verdict(script <= 15)} |`,
        `| JS heap, same loads | ${ours.heapMb.toFixed(2)} MB (+${heap.toFixed(2)} MB) | ${empty.heapMb.toFixed(2)} MB | ≤ +1 MB | ${verdict(heap <= 1)} |`,
        `| content script parsed in every frame (the loader) | ${kb(bytes.loader)} | | ≤ 60 kB | ${verdict(bytes.loader <= 60_000)} |`,
        `| page-wide app parsed at load where the conversation list is | ${kb(bytes.app)} | | | |`,
        markRow('chromium'),
        markRow('firefox'),
      ].join('\n');
    } finally {
      await server.close();
    }
  },
});
