import { describe, expect, it } from 'vitest';
import { BROWSERS, type E2EPage, readUntil } from './harness';
import { EDITOR_PORTALS } from './overlay-helpers';
import { appText, focusEditor } from './portal-editors';
import { useBrowser } from './use-browser';

/** What has the focus, named by its data attribute (the shadow root's focus on portal pages). */
function focused(page: E2EPage): Promise<string> {
  return page.evaluate(() => {
    const inLayer = document.querySelector('replyguard-ui')?.shadowRoot?.activeElement;
    const el = (inLayer ?? document.activeElement) as HTMLElement | null;
    if (!el) return '';
    const { setting, portal, action, variable } = el.dataset;
    return (
      setting ??
      (portal ? `portal:${portal}` : undefined) ??
      action ??
      (variable ? `var:${variable}` : el.tagName)
    );
  });
}

async function waitFocus(page: E2EPage, want: string): Promise<void> {
  const last = await readUntil(
    () => focused(page),
    (now) => now === want,
  );
  if (last !== want) throw new Error(`focus should be on ${want}, is on ${last}`);
}

/** Presses Tab (Shift+Tab with `back`) until `want` has the focus, at most `max` times. */
async function tabTo(page: E2EPage, want: string, { max = 20, back = false } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.chord(back ? ['Shift', 'Tab'] : ['Tab']);
    seen.push(await focused(page));
    if (seen.at(-1) === want) return;
  }
  throw new Error(`Tab never reached ${want}: ${seen.join(' > ')}`);
}

const walmartBuyer = (page: E2EPage) =>
  page.evaluate(
    () => document.querySelector('[data-automation-id="customer-name"]')?.textContent?.trim() ?? '',
  );

/** Types `;hi` in the Walmart reply and waits for the picker to offer that template. */
async function offerHello(page: E2EPage): Promise<void> {
  await focusEditor(page, 'walmart');
  await page.keyboard.type(';hi');
  await page.waitFor(
    () =>
      document
        .querySelector('replyguard-ui')
        ?.shadowRoot?.querySelector('[data-replyguard-dialog="templates"] [aria-selected="true"]')
        ?.getAttribute('data-template-id') === 'starter.greeting',
    undefined,
    { what: 'the picker offering the greeting' },
  );
}

describe.each(BROWSERS)('onboarding (%s)', (name) => {
  const browser = useBrowser(name);

  it('opens on install, in the browser language, and is used from the keyboard alone', async () => {
    expect(browser().installPages).toEqual([`${browser().extensionOrigin}/onboarding.html`]);
    const page = await browser().openExtensionPage('onboarding.html');
    await page.waitFor(() => document.querySelector('h1')?.textContent === 'Welcome to ReplyGuard');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The key the reply box answers to (the browser's binding, else the manifest's default).
    const key = await page.waitFor(() =>
      document.querySelector('[data-shortcut]')?.getAttribute('data-shortcut'),
    );
    expect(key).toBe('Alt+Shift+T');
    // Every control has a name a screen reader can read (its label).
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.textContent?.trim())
        .map((el) => el.outerHTML),
    );
    expect(unnamed).toEqual([]);

    // Tab order follows the page: language, name, shop, the portals, save, the shortcut, the settings.
    const order: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual([
      'uiLocale',
      'agentName',
      'shopName',
      ...EDITOR_PORTALS.map((portal) => `portal:${portal}`),
      'save-profile',
      'open-shortcuts',
      'open-options',
    ]);

    // Fill it in with the keyboard: name, shop, two portals, Enter on Save.
    await tabTo(page, 'agentName', { back: true });
    await page.keyboard.type('Lin Mei');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sunny Home');
    await tabTo(page, 'portal:shopee');
    await page.keyboard.press(' ');
    await tabTo(page, 'portal:walmart');
    await page.keyboard.press(' ');
    await tabTo(page, 'save-profile');
    await page.keyboard.press('Enter');
    await page.waitFor(() => document.querySelector('[data-status]')?.textContent?.startsWith('Saved'));
    const ticked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('[data-portal]')]
        .filter((box) => box.checked)
        .map((box) => box.dataset.portal),
    );
    expect(ticked).toEqual(['shopee', 'walmart']);

    // The language follows the choice at once.
    await tabTo(page, 'uiLocale', { back: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitFor(() => document.querySelector('h1')?.textContent === '欢迎使用 ReplyGuard');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(page.errors).toEqual([]);

    // The settings page shows what was saved; the portals chosen come first in its platform choices.
    const options = await browser().openExtensionPage('options.html#general');
    const general = await options.waitFor(() => {
      const value = (key: string) =>
        document.querySelector<HTMLInputElement>(`[data-setting="${key}"]`)?.value ?? '';
      return value('agentName') ? { agent: value('agentName'), shop: value('shopName') } : null;
    });
    expect(general).toEqual({ agent: 'Lin Mei', shop: 'Sunny Home' });
    await options.goto(`${browser().extensionOrigin}/options.html#sla`);
    const teamPlatform = await options.waitFor(
      () => document.querySelector<HTMLSelectElement>('[data-setting="sla.team.platform"]')?.value,
    );
    expect(teamPlatform).toBe('shopee');
    await options.close();

    // Templates fill in the agent's name and shop: ;hi on Walmart goes in whole at the first Enter.
    const portal = await browser().openPortal('walmart');
    await offerHello(portal);
    const buyer = await walmartBuyer(portal);
    await portal.keyboard.press('Enter');
    const text = await portal.waitFor(() => {
      const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
      return value.includes('Sunny Home') ? value : '';
    });
    expect(text).toContain('Lin Mei');
    expect(text).toContain(buyer);
    expect(text).not.toContain('{');
    await portal.close();
    await page.close();
  });
});

describe.each(BROWSERS)('template fill-in form (%s)', (name) => {
  const browser = useBrowser(name);

  it('Enter moves to the next empty field, inserts from the last, and marks what was left', async () => {
    // A fresh profile: no agent name or shop name yet, so the greeting asks for both.
    const page = await browser().openPortal('walmart');
    await offerHello(page);
    const buyer = await walmartBuyer(page);
    await page.keyboard.press('Enter');
    await waitFocus(page, 'var:shop_name');
    await page.keyboard.type('Sunny Home');
    await page.keyboard.press('Enter');
    await waitFocus(page, 'var:agent_name');
    await page.keyboard.press('Enter');

    const text = await page.waitFor(() => {
      const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
      return value.includes('Sunny Home') ? value : '';
    });
    expect(text).toContain(`Hello ${buyer}`);
    expect(text).toContain('{agent_name}');
    expect(await appText(page)).toBe(text);
    // The placeholder left in the reply is marked over its offsets.
    const mark = await page.waitFor(() => {
      const el = document
        .querySelector('replyguard-ui')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-replyguard-placeholder="agent_name"]');
      return el ? { start: Number(el.dataset.start), end: Number(el.dataset.end) } : null;
    });
    expect(text.slice(mark!.start, mark!.end)).toBe('{agent_name}');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
