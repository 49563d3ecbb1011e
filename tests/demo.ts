/**
 * `npm run demo`: builds the extension, serves the imitation portals under their real hostnames and opens
 * Chromium with ReplyGuard loaded. With a display it is a normal window (Ctrl+C to quit); with --headless,
 * or without a display, it types a risky reply into each portal and writes a screenshot per portal.
 * Options: --headless, --no-build, --port N (the fixture server's port; a free one by default).
 * Chromium is found (or, as root, installed) by tests/support/browsers.ts; set-up problems are one line.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type E2EBrowser, launch, sleep } from '@/tests/e2e/harness';
import { focusEditor, RISKY_REPLIES } from '@/tests/e2e/portal-editors';
import {
  FIXTURE_PORTALS,
  type FixturePortal,
  type FixtureServer,
  startFixtureServer,
} from '@/tests/fixtures/server';
import { ensureBrowsers, exitOnSetupError, SetupError } from '@/tests/support/browsers';
import { checkPortFree, demoOptions, isDisplayError } from '@/tests/support/demo-options';

const outDir = resolve('.demo');

async function start(): Promise<{ headless: boolean; server: FixtureServer; browser: E2EBrowser }> {
  const options = demoOptions(process.argv.slice(2), process.env);
  if (options.note) console.log(options.note);
  ensureBrowsers(['chromium']);
  await checkPortFree(options.port);
  if (options.build) {
    try {
      execSync('npx wxt build', { stdio: 'inherit' });
    } catch {
      throw new SetupError('The extension did not build (wxt build failed; its output is above).');
    }
  }
  const server = await startFixtureServer(options.port);
  if (options.headless) return { headless: true, server, browser: await launch('chromium', { server }) };
  try {
    return { headless: false, server, browser: await launch('chromium', { server, headed: true }) };
  } catch (error) {
    if (!isDisplayError(error)) throw error;
    console.log(
      `Cannot open a window on DISPLAY=${process.env.DISPLAY ?? ''}: running headless and writing screenshots to .demo/ instead.`,
    );
    return { headless: true, server, browser: await launch('chromium', { server }) };
  }
}

const { headless, server, browser } = await start().catch(exitOnSetupError);
const portals = (Object.keys(FIXTURE_PORTALS) as FixturePortal[]).filter((p) => p !== 'nonportal');

mkdirSync(outDir, { recursive: true });
const shots: string[] = [];
for (const portal of portals) {
  const page = await browser.openPortal(portal);
  await focusEditor(page, portal as Exclude<FixturePortal, 'nonportal'>);
  await page.keyboard.type(RISKY_REPLIES[portal as keyof typeof RISKY_REPLIES]);
  await sleep(600);
  if (headless) {
    const path = `${outDir}/${portal}.png`;
    await page.screenshot(path);
    shots.push(path);
    await page.close();
  }
}

// The extension's own pages: options (each tab), the response-time dashboard, the popup.
const pages = [
  'options.html#general',
  'options.html#rules',
  'options.html#sla',
  'options.html#templates',
  'dashboard.html',
  'popup.html',
];
for (const path of headless ? pages : []) {
  const page = await browser.openExtensionPage(path);
  await sleep(800);
  const file = `${outDir}/${path.replace(/\.html#?/, '-').replace(/-$/, '')}.png`;
  await page.screenshot(file);
  shots.push(file);
  await page.close();
}

if (headless) {
  console.log('ReplyGuard demo: one screenshot per imitation portal and extension page');
  for (const path of shots) console.log(`  ${path}`);
  await browser.close();
  await server.close();
} else {
  console.log(
    `ReplyGuard demo running: ${portals.map((p) => server.url(p)).join('  ')}\nPress Ctrl+C to quit.`,
  );
  process.on('SIGINT', () => {
    void browser
      .close()
      .then(() => server.close())
      .then(() => process.exit(0));
  });
}
