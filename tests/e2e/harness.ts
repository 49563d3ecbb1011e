import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import {
  FIXTURE_HOSTS,
  type FixturePortal,
  type FixtureServer,
  startFixtureServer,
} from '@/tests/fixtures/server';
import { type BrowserName, browserPath } from '@/tests/support/browsers';

export type { BrowserName };

/** Which browsers the e2e suite runs in (E2E_BROWSERS=chromium to narrow it while developing). */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const FIREFOX_ADDON_ID = 'replyguard@replyguard.app';
const FIREFOX_UUID = '5e1f6c2a-8d3b-4c7e-9a10-2b3c4d5e6f70';
/** Tests pin the browser's time zone; agents mostly work on Beijing time. */
export const E2E_TZ = process.env.E2E_TZ ?? 'Asia/Shanghai';

type Raw = { kind: 'pw'; page: PwPage } | { kind: 'pp'; page: PpPage };

/** One tab, with the same small API over Playwright (Chromium) and Puppeteer/BiDi (Firefox). */
export class E2EPage {
  readonly errors: string[] = [];

  constructor(private readonly raw: Raw) {
    const onConsole = (type: string, text: string) => {
      if (type === 'error') this.errors.push(text);
    };
    if (raw.kind === 'pw') {
      raw.page.on('console', (msg) => onConsole(msg.type(), msg.text()));
      raw.page.on('pageerror', (error) => this.errors.push(String(error)));
    } else {
      raw.page.on('console', (msg) => onConsole(msg.type(), msg.text()));
      raw.page.on('pageerror', (error) => this.errors.push(String(error)));
    }
  }

  get browser(): BrowserName {
    return this.raw.kind === 'pw' ? 'chromium' : 'firefox';
  }

  async goto(url: string): Promise<void> {
    if (this.raw.kind === 'pw') await this.raw.page.goto(url, { waitUntil: 'load' });
    else if (url.startsWith('moz-extension:')) {
      // BiDi reports no load event for extension pages: start the navigation, then poll the document.
      void this.raw.page.goto(url, { waitUntil: [] as never }).catch(() => undefined);
      await this.waitFor(
        () => document.readyState === 'complete' && location.protocol === 'moz-extension:',
        undefined,
        {
          what: url,
        },
      );
    } else await this.raw.page.goto(url, { waitUntil: 'load' });
  }

  /** Runs `fn` in the page's main world (the page's own JavaScript, not the content script). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const page: { evaluate(source: string): Promise<unknown> } = this.raw.page;
    return page.evaluate(source(fn, arg)) as Promise<R>;
  }

  /** Same, inside the first child frame whose URL contains `urlPart`. */
  async evaluateInFrame<R, A = undefined>(
    urlPart: string,
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R> {
    const frames: Array<{ url(): string; evaluate(source: string): Promise<unknown> }> =
      this.raw.page.frames();
    const frame = frames.find((f) => f.url().includes(urlPart));
    if (!frame) throw new Error(`no frame ${urlPart}`);
    return frame.evaluate(source(fn, arg)) as Promise<R>;
  }

  /** Polls `fn` in the page until it returns a truthy value, within a deadline scaled to the machine. */
  waitFor<R, A = undefined>(
    fn: (arg: A) => R,
    arg?: A,
    { timeout = 10_000, what = 'condition' } = {},
  ): Promise<R> {
    return poll(() => this.evaluate(fn, arg), timeout, what);
  }

  /** Same, inside the first child frame whose URL contains `urlPart` (the frame may not exist yet). */
  waitForInFrame<R>(urlPart: string, fn: () => R, { timeout = 10_000, what = 'condition' } = {}): Promise<R> {
    return poll(() => this.evaluateInFrame(urlPart, fn), timeout, what);
  }

  get keyboard(): {
    type(text: string): Promise<void>;
    press(key: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
  } {
    return this.raw.page.keyboard as never;
  }

  /** Presses a chord such as ['Alt', 'Shift', 'T']: modifiers down, the key, modifiers up. */
  async chord(keys: string[]): Promise<void> {
    const modifiers = keys.slice(0, -1);
    for (const key of modifiers) await this.keyboard.down(key);
    await this.keyboard.press(keys.at(-1)!);
    for (const key of modifiers.reverse()) await this.keyboard.up(key);
  }

  async click(x: number, y: number): Promise<void> {
    await this.raw.page.mouse.click(x, y);
  }

  async move(x: number, y: number): Promise<void> {
    await this.raw.page.mouse.move(x, y);
  }

  /** Moves the mouse to (x, y) and presses its button, without letting go. */
  async mouseDown(x: number, y: number): Promise<void> {
    await this.raw.page.mouse.move(x, y);
    await this.raw.page.mouse.down();
  }

  async mouseUp(): Promise<void> {
    await this.raw.page.mouse.up();
  }

  /**
   * Clicks the centre of the first element matching `selector` (looked up by the page's own DOM API),
   * scrolled into view, once it holds still and nothing covers it: a click at coordinates read before
   * a re-render moved the element would land on whatever took its place.
   */
  async clickSelector(selector: string): Promise<void> {
    const at = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const rect = el.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const hit = document.elementFromPoint(x, y);
      return { x, y, clear: !!hit && (hit === el || el.contains(hit)) };
    };
    let box = await this.evaluate(at, selector);
    if (!box) throw new Error(`nothing matches ${selector}`);
    const end = Date.now() + 5_000 * TIME_SCALE;
    for (;;) {
      await sleep(50);
      const next = await this.evaluate(at, selector);
      if (!next) throw new Error(`nothing matches ${selector}`);
      const still = next.x === box.x && next.y === box.y;
      box = next;
      if ((still && box.clear) || Date.now() > end) break;
    }
    await this.click(box.x, box.y);
  }

  /** A PNG of the viewport, or of the whole page with `fullPage`. */
  async screenshot(path: string, { fullPage = false } = {}): Promise<void> {
    if (this.raw.kind === 'pw') await this.raw.page.screenshot({ path, fullPage });
    else await this.raw.page.screenshot({ path: path as `${string}.png`, fullPage });
  }

  async setViewport(width: number, height: number): Promise<void> {
    if (this.raw.kind === 'pw') await this.raw.page.setViewportSize({ width, height });
    else await this.raw.page.setViewport({ width, height });
  }

  async bringToFront(): Promise<void> {
    await this.raw.page.bringToFront();
  }

  async close(): Promise<void> {
    await this.raw.page.close();
  }
}

export interface E2EBrowser {
  name: BrowserName;
  server: FixtureServer;
  /** moz-extension://… or chrome-extension://… */
  extensionOrigin: string;
  newPage(url?: string): Promise<E2EPage>;
  /** Opens an imitation portal; waits until ReplyGuard's layer is ready (unless `ready: false`). */
  openPortal(
    portal: FixturePortal,
    options?: { path?: string; query?: Record<string, string>; ready?: boolean },
  ): Promise<E2EPage>;
  /** Opens one of the extension's pages (options.html, popup.html, dashboard.html…). */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** The extension pages the extension opened by itself on install (closed at launch unless kept). */
  installPages: string[];
  close(): Promise<void>;
}

/**
 * Functions go to the page as source text with a JSON argument. tsx (which runs the demo) wraps named
 * functions in `__name(...)`, which the page does not have: the wrapper supplies it.
 */
function source<A>(fn: (arg: A) => unknown, arg: A | undefined): string {
  const json = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${json}); })()`;
}

/**
 * How much slower than a quiet reference machine this one runs now (1 to 6): a fixed piece of work is
 * timed once per test file, so deadlines stretch on a loaded CI machine instead of failing there.
 */
export const TIME_SCALE = (() => {
  const from = performance.now();
  let x = 0;
  for (let i = 0; i < 20_000_000; i++) x = (x + i * 7) % 1_000_003;
  const took = performance.now() - from + (x < 0 ? 1 : 0);
  return Math.min(6, Math.max(1, took / 60));
})();

/** Evaluates `read` until it gives a truthy value or `timeout` (scaled) passes. */
async function poll<R>(read: () => Promise<R>, timeout: number, what: string): Promise<R> {
  const end = Date.now() + timeout * TIME_SCALE;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await sleep(100);
  }
}

/**
 * Reads until `done` holds or `timeout` (scaled) passes, and returns the last value read either way, so
 * the assertion that follows shows what the page held when the deadline passed.
 */
export async function readUntil<R>(
  read: () => Promise<R>,
  done: (value: R) => boolean,
  timeout = 10_000,
): Promise<R> {
  const end = Date.now() + timeout * TIME_SCALE;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface LaunchOptions {
  server?: FixtureServer;
  /** A visible window (the demo on a machine with a display); tests always run headless. */
  headed?: boolean;
  /** Leave the tabs the extension opens on install (the onboarding page) open; tests close them. */
  keepInstallPages?: boolean;
  /** Extra environment for the browser process (the demo's clock). */
  env?: Record<string, string>;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<E2EBrowser> {
  const fixtures = options.server ?? (await startFixtureServer());
  const own = !options.server;
  const base = name === 'chromium' ? await launchChromium(options) : await launchFirefox(options);
  const openPortal: E2EBrowser['openPortal'] = async (portal, open = {}) => {
    const url = new URL(fixtures.url(portal, open.path));
    for (const [key, value] of Object.entries(open.query ?? {})) url.searchParams.set(key, value);
    const page = await base.newPage(url.toString());
    if (open.ready !== false) {
      await page.waitFor(
        () => document.querySelector('replyguard-ui')?.getAttribute('data-ready') === 'true',
        undefined,
        {
          what: `ReplyGuard on ${portal}`,
        },
      );
    }
    return page;
  };
  return {
    ...base,
    name,
    server: fixtures,
    openPortal,
    openExtensionPage: (path) => base.newPage(`${base.extensionOrigin}/${path}`),
    async close() {
      await base.close();
      if (own) await fixtures.close();
    },
  };
}

type BaseBrowser = Pick<E2EBrowser, 'extensionOrigin' | 'newPage' | 'close' | 'installPages'>;

/**
 * The tabs of the extension's own pages that it opened on install, once the first one shows (or after 15 s
 * scaled to the machine's slowness: a loaded machine took longer than 15 s to open Firefox's onboarding tab).
 */
async function installTabs<P>(
  origin: string,
  pages: () => Promise<P[]> | P[],
  urlOf: (page: P) => Promise<string>,
): Promise<Array<{ page: P; url: string }>> {
  const end = Date.now() + 15_000 * TIME_SCALE;
  for (;;) {
    const tabs = await Promise.all((await pages()).map(async (page) => ({ page, url: await urlOf(page) })));
    const own = tabs.filter((tab) => tab.url.startsWith(`${origin}/`));
    if (own.length || Date.now() > end) return own;
    await sleep(100);
  }
}

async function launchChromium({
  headed = false,
  keepInstallPages,
  env,
}: LaunchOptions): Promise<BaseBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-chromium-'));
  const rules = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(',');
  const context: BrowserContext = await chromium.launchPersistentContext(dir, {
    executablePath: browserPath('chromium'),
    // The imitation portals are served over https with a self-signed certificate (tests/fixtures/server.ts).
    ignoreHTTPSErrors: true,
    headless: !headed,
    timezoneId: E2E_TZ,
    viewport: { width: 1280, height: 800 },
    env: { ...process.env, TZ: E2E_TZ, ...env },
    args: [
      ...(headed ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 * TIME_SCALE }));
  const extensionOrigin = worker.url().replace(/^(chrome-extension:\/\/[^/]+).*$/, '$1');
  const installed = await installTabs(
    extensionOrigin,
    () => context.pages(),
    async (page) => page.url(),
  );
  const keep = new Set(keepInstallPages ? installed.map((tab) => tab.page) : []);
  for (const page of context.pages()) if (!keep.has(page)) await page.close();
  return {
    extensionOrigin,
    installPages: installed.map((tab) => tab.url),
    async newPage(url) {
      const page = new E2EPage({ kind: 'pw', page: await context.newPage() });
      if (url) await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ keepInstallPages, env }: LaunchOptions): Promise<BaseBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    protocol: 'webDriverBiDi',
    // The imitation portals are served over https with a self-signed certificate (tests/fixtures/server.ts).
    acceptInsecureCerts: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: E2E_TZ, ...env },
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'network.dns.localDomains': FIXTURE_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'network.stricttransportsecurity.preloadlist': false,
      'browser.fixup.dns_first_for_single_words': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  // BiDi reports extension pages as about:blank: ask each tab where it is.
  const installed = await installTabs(
    extensionOrigin,
    () => browser.pages(),
    (page) => page.evaluate(() => location.href).catch(() => page.url()),
  );
  if (!keepInstallPages) for (const tab of installed) await tab.page.close();
  return {
    extensionOrigin,
    installPages: installed.map((tab) => tab.url),
    async newPage(url) {
      const page = new E2EPage({ kind: 'pp', page: await browser.newPage() });
      if (url) await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** From an open extension page, sends a runtime message (as the content script would) and returns the raw answer. */
export function sendFromExtensionPage(page: E2EPage, message: unknown): Promise<unknown> {
  return page.waitFor(async (msg) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    return (scope.browser ?? scope.chrome)!.runtime.sendMessage(msg);
  }, message);
}
