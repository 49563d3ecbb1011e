/**
 * `npm run demo`: builds the extension, serves the imitation portals under their real hostnames and opens
 * Chromium with ReplyGuard loaded. With a display it is a normal window (Ctrl+C to quit); with --headless,
 * or without a display, it types a risky reply into each portal and writes a screenshot per portal.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, sleep } from '@/tests/e2e/harness';
import { focusEditor, RISKY_REPLIES } from '@/tests/e2e/portal-editors';
import { FIXTURE_PORTALS, type FixturePortal, startFixtureServer } from '@/tests/fixtures/server';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('.demo');

if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
const server = await startFixtureServer();
const browser = await launch('chromium', { server, headed: !headless });
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
