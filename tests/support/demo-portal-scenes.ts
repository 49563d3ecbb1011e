/**
 * The headless demo's scenes on the imitation portals: each drives the real extension with real input in
 * Chromium and returns its screenshots with a one-line caption.
 */
import { bundledPacks } from '@/lib/rules/bundled';
import { slaStatus } from '@/lib/sla/deadline';
import { portalTabId } from '@/tests/e2e/extension-pages';
import { chord, EDITOR_PORTALS, layerQuery, waitForLayer, waitForNoLayer } from '@/tests/e2e/overlay-helpers';
import { focusEditor, RISKY_REPLIES } from '@/tests/e2e/portal-editors';
import { type DemoContext, type Shot, shoot } from './demo-shot';

const name = (platform: string) => bundledPacks()[platform]?.name ?? platform;

/** Each imitation portal with a risky reply typed: the marks, the chip and the badges. */
export async function portalScenes(ctx: DemoContext): Promise<Shot[]> {
  const shots: Shot[] = [];
  for (const portal of EDITOR_PORTALS) {
    const page = await ctx.browser.openPortal(portal);
    await focusEditor(page, portal);
    await page.keyboard.type(RISKY_REPLIES[portal]);
    await page.waitFor(
      (reply) => (window as unknown as { fixture: { text(): string } }).fixture.text() === reply,
      RISKY_REPLIES[portal],
      { what: 'the reply typed' },
    );
    const marks = await waitForLayer(page, '[data-finding][data-severity="block"]');
    const caption = `${name(portal)}: a risky reply typed; ${marks.length} blocking marks, the chip counts them`;
    shots.push(await shoot(page, ctx, `${portal}.png`, caption));
    await page.close();
  }
  return shots;
}

/** On Shopee: the explanation card, the send guard, the toolbar popup for that tab. */
export async function guardScenes(ctx: DemoContext): Promise<Shot[]> {
  const page = await ctx.browser.openPortal('shopee');
  await focusEditor(page, 'shopee');
  const reply = RISKY_REPLIES.shopee;
  await page.keyboard.type(reply);
  const [mark] = await waitForLayer(page, '[data-finding][data-severity="block"]');
  await page.move(mark!.rect.left + mark!.rect.width / 2, mark!.rect.top + mark!.rect.height / 2);
  await waitForLayer(page, '[data-replyguard-card]');
  const match = reply.slice(Number(mark!.data.start), Number(mark!.data.end));
  const shots = [
    await shoot(page, ctx, 'card.png', `Shopee: the explanation card for "${match}", with a one-click fix`),
  ];

  await page.move(5, 5);
  await waitForNoLayer(page, '[data-replyguard-card]');
  await chord(page, null, 'Enter');
  await waitForLayer(page, '[data-replyguard-dialog="send-guard"]');
  shots.push(
    await shoot(page, ctx, 'guard.png', 'Shopee: Enter is stopped; the send guard lists what Shopee fines'),
  );
  await page.keyboard.press('Escape');
  await waitForNoLayer(page, '[data-replyguard-dialog="send-guard"]');

  const popup = await ctx.browser.openExtensionPage('popup.html');
  const tab = await portalTabId(popup, 'shopee');
  await popup.goto(`${ctx.browser.extensionOrigin}/popup.html?tab=${tab}`);
  const blocking = await popup.waitFor(
    () => document.querySelector<HTMLElement>('[data-popup="findings"]')?.dataset.block,
  );
  const height = await popup.evaluate(() =>
    Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
  );
  await popup.setViewport(320, height);
  shots.push(
    await shoot(
      popup,
      ctx,
      'popup.png',
      `The toolbar popup (320 px) for that Shopee tab: ${blocking} blocking findings`,
    ),
  );
  await popup.close();
  await page.close();
  return shots;
}

/** The template picker, its fill-in form, and a placeholder left in the reply. */
export async function templateScenes(ctx: DemoContext): Promise<Shot[]> {
  const page = await ctx.browser.openPortal('shopee');
  await focusEditor(page, 'shopee');
  await chord(page, ['Alt', 'Shift'], 'T');
  await waitForLayer(page, '[data-replyguard-dialog="templates"] [data-template-id]');
  await page.keyboard.type('ship');
  await waitForLayer(page, '[data-replyguard-preview]');
  const shots = [
    await shoot(
      page,
      ctx,
      'picker.png',
      'Shopee: Alt+Shift+T opens the template picker; the preview is checked against Shopee rules',
    ),
  ];
  await page.keyboard.press('Escape');
  await page.close();

  const walmart = await ctx.browser.openPortal('walmart');
  await focusEditor(walmart, 'walmart');
  await walmart.keyboard.type(';hi');
  await waitForLayer(walmart, '[data-replyguard-dialog="templates"] [aria-selected="true"]');
  await walmart.keyboard.press('Enter');
  await walmart.keyboard.type('Sunny Home');
  await walmart.keyboard.press('Enter');
  await walmart.waitFor(
    () =>
      document.querySelector('replyguard-ui')?.shadowRoot?.activeElement?.getAttribute('data-variable') ===
      'agent_name',
    undefined,
    { what: 'the focus on the next empty field' },
  );
  shots.push(
    await shoot(
      walmart,
      ctx,
      'fill-in.png',
      'Walmart: ;hi, then the fill-in form; Enter moved on to the next empty field',
    ),
  );
  await walmart.keyboard.press('Enter');
  await waitForLayer(walmart, '[data-replyguard-placeholder="agent_name"]');
  shots.push(
    await shoot(
      walmart,
      ctx,
      'placeholder.png',
      'Walmart: inserted with {agent_name} left empty; the placeholder is framed in the reply',
    ),
  );
  await walmart.close();
  return shots;
}

const HOUR = 3_600_000;

/** Pinduoduo at the demo's moment: a badge in each state (3-minute rule, counted 08:00-23:00 Beijing). */
export async function badgeScene(ctx: DemoContext): Promise<Shot[]> {
  const policy = bundledPacks().pinduoduo!.reply!;
  const now = ctx.clock.now();
  const beijingMidnight = Math.floor((now + 8 * HOUR) / (24 * HOUR)) * 24 * HOUR - 8 * HOUR;
  const convs = [
    { id: 'u-ok', buyer: '小林', at: now - 20_000 },
    { id: 'u-ok2', buyer: '王女士', at: now - 70_000 },
    { id: 'u-soon', buyer: '陈先生', at: now - 150_000 },
    { id: 'u-late', buyer: '李同学', at: now - 9 * 60_000 },
    { id: 'u-late2', buyer: '张阿姨', at: now - 42 * 60_000 },
    { id: 'u-night', buyer: '夜猫子', at: beijingMidnight - 25 * 60_000 },
  ].map((conv) => ({ ...conv, awaiting: true }));
  // What the badges must show, from the same policy code (the real clock if libfaketime is missing).
  const expected = convs.map((conv) => slaStatus(policy, conv.at, now).state);
  const page = await ctx.browser.openPortal('pinduoduo', { query: { convs: JSON.stringify(convs) } });
  await page.waitFor(
    (want) => {
      const seen = [
        ...(document
          .querySelector('replyguard-ui')
          ?.shadowRoot?.querySelectorAll('[data-replyguard-sla][data-anchor="row"]') ?? []),
      ].map((el) => el.getAttribute('data-state'));
      return want.every((state) => seen.includes(state));
    },
    [...new Set(expected)],
    { what: `badges in the states ${expected.join(', ')}` },
  );
  const states = [
    ...new Set((await layerQuery(page, '[data-replyguard-sla]')).map((badge) => badge.data.state)),
  ];
  const at = new Date(now).toLocaleString('en-GB', {
    timeZone: 'Asia/Shanghai',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const shot = await shoot(
    page,
    ctx,
    'badges.png',
    `Pinduoduo at ${at} Beijing: countdown badges ${states.join(', ')} (a night message is exempt)`,
  );
  await page.close();
  return [shot];
}
