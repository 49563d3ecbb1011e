/**
 * `npm run demo`: builds the extension, serves the imitation portals under their real hostnames and opens
 * Chromium with ReplyGuard loaded. With a display it is a normal window with a risky reply typed in each
 * portal and the onboarding page the install opened (Ctrl+C to quit). With --headless, or without a
 * display, it plays each scene of tests/support/demo-portal-scenes.ts and
 * demo-page-scenes.ts at a fixed moment (tests/support/demo-clock.ts)
 * and writes the screenshots to .demo/, one caption line each.
 * Options: --headless, --no-build, --port N (the fixture server's port; a free one by default).
 * Chromium is found (or, as root, installed) by tests/support/browsers.ts; set-up problems are one line.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { type E2EBrowser, launch } from '@/tests/e2e/harness';
import { EDITOR_PORTALS } from '@/tests/e2e/overlay-helpers';
import { focusEditor, RISKY_REPLIES } from '@/tests/e2e/portal-editors';
import { type FixtureServer, startFixtureServer } from '@/tests/fixtures/server';
import { ensureBrowsers, exitOnSetupError, SetupError } from '@/tests/support/browsers';
import { type DemoClock, demoClock } from '@/tests/support/demo-clock';
import { checkPortFree, demoOptions, isDisplayError } from '@/tests/support/demo-options';
import { dashboardScene, onboardingScenes, optionScenes } from '@/tests/support/demo-page-scenes';
import { badgeScene, guardScenes, portalScenes, templateScenes } from '@/tests/support/demo-portal-scenes';
import type { Shot } from '@/tests/support/demo-shot';

const outDir = resolve('.demo');

interface Started {
  headless: boolean;
  server: FixtureServer;
  browser: E2EBrowser;
  clock?: DemoClock;
}

/** Headless: the browser at the demo's fixed moment (libfaketime), for screenshots that always show the same. */
async function headless(server: FixtureServer): Promise<Started> {
  const clock = demoClock();
  if (clock.note) console.log(clock.note);
  return { headless: true, server, clock, browser: await launch('chromium', { server, env: clock.env }) };
}

async function start(): Promise<Started> {
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
  if (options.headless) return headless(server);
  try {
    const browser = await launch('chromium', { server, headed: true, keepInstallPages: true });
    return { headless: false, server, browser };
  } catch (error) {
    if (!isDisplayError(error)) throw error;
    console.log(
      `Cannot open a window on DISPLAY=${process.env.DISPLAY ?? ''}: running headless and writing screenshots to .demo/ instead.`,
    );
    return headless(server);
  }
}

const started = await start().catch(exitOnSetupError);
const { server, browser } = started;

if (started.headless) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const ctx = { browser, clock: started.clock!, out: outDir };
  const scenes = [
    portalScenes,
    guardScenes,
    templateScenes,
    badgeScene,
    optionScenes,
    dashboardScene,
    onboardingScenes,
  ];
  console.log(`ReplyGuard demo: writing screenshots to ${relative(process.cwd(), outDir)}/`);
  const shots: Shot[] = [];
  for (const scene of scenes) {
    for (const shot of await scene(ctx)) {
      shots.push(shot);
      console.log(`  ${relative(process.cwd(), outDir)}/${shot.file.padEnd(24)} ${shot.caption}`);
    }
  }
  console.log(`${shots.length} screenshots.`);
  await browser.close();
  await server.close();
} else {
  for (const portal of EDITOR_PORTALS) {
    const page = await browser.openPortal(portal);
    await focusEditor(page, portal);
    await page.keyboard.type(RISKY_REPLIES[portal]);
  }
  console.log(
    `ReplyGuard demo running: ${EDITOR_PORTALS.map((p) => server.url(p)).join('  ')}\nPress Ctrl+C to quit.`,
  );
  process.on('SIGINT', () => {
    void browser
      .close()
      .then(() => server.close())
      .then(() => process.exit(0));
  });
}
