/** The headless demo's scenes on the extension's own pages: settings, dashboard, onboarding. */
import { EXTENSION_PAGES } from '@/tests/e2e/extension-pages';
import { demoHistory, seedHistory } from './demo-history';
import { type DemoContext, type Shot, shoot } from './demo-shot';

/** The options tabs, as an agent opens them. */
export async function optionScenes(ctx: DemoContext): Promise<Shot[]> {
  const captions: Record<string, string> = {
    'options.html#general': 'Settings › General: language, your name and shop for templates, your portals',
    'options.html#rules':
      'Settings › Rule packs: what a team source is, the bundled packs in force with versions',
    'options.html#sla': 'Settings › Reply deadlines: badges, notifications, team targets per platform',
    'options.html#templates': 'Settings › Templates: the starter library, search, import and export',
  };
  const shots: Shot[] = [];
  for (const [path, ready] of EXTENSION_PAGES.filter(([path]) => path in captions)) {
    const page = await ctx.browser.openExtensionPage(path);
    await page.waitFor((selector) => !!document.querySelector(selector), ready, { what: ready });
    const file = `${path.replace('.html#', '-')}.png`;
    shots.push(await shoot(page, ctx, file, captions[path]!, true));
    await page.close();
  }
  return shots;
}

/** The reply-time dashboard over two weeks of first responses seeded into the extension's database. */
export async function dashboardScene(ctx: DemoContext): Promise<Shot[]> {
  const page = await ctx.browser.openExtensionPage('dashboard.html');
  const records = demoHistory(ctx.clock.now());
  await seedHistory(page, records);
  await page.goto(`${ctx.browser.extensionOrigin}/dashboard.html`);
  await page.waitFor(
    () => document.querySelectorAll('.rg-dashboard section[data-platform] svg').length >= 4,
    undefined,
    {
      what: 'a daily chart per platform',
    },
  );
  const shot = await shoot(
    page,
    ctx,
    'dashboard.png',
    `Reply-time dashboard: ${records.length} first responses over two weeks on 4 platforms`,
    true,
  );
  await page.close();
  return [shot];
}

/** The first-run page, in the browser's language and then switched to Simplified Chinese. */
export async function onboardingScenes(ctx: DemoContext): Promise<Shot[]> {
  const page = await ctx.browser.openExtensionPage('onboarding.html');
  await page.waitFor(() => !!document.querySelector('[data-setting="agentName"]'));
  const shots = [
    await shoot(
      page,
      ctx,
      'onboarding.png',
      'Onboarding (opens on install): name, shop, portals, the template key, what the signs mean',
      true,
    ),
  ];
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitFor(() => document.documentElement.lang === 'zh-CN', undefined, {
    what: 'the page in Chinese',
  });
  shots.push(
    await shoot(
      page,
      ctx,
      'onboarding-zh_CN.png',
      'Onboarding after choosing 简体中文: the page follows at once',
      true,
    ),
  );
  await page.close();
  return shots;
}
