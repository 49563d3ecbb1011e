import { describe, expect, it } from 'vitest';
import { BROWSERS, sendFromExtensionPage, sleep } from './harness';
import { EDITOR_PORTALS } from './overlay-helpers';
import { useBrowser } from './use-browser';

const PLATFORM: Record<string, string> = {
  pinduoduo: 'pinduoduo',
  shopee: 'shopee',
  aliexpress: 'aliexpress',
  walmart: 'walmart',
  dhgate: 'dhgate',
  amazon: 'amazon',
  lazada: 'lazada',
  tiktok: 'tiktok',
  ebay: 'ebay',
};

describe.each(BROWSERS)('smoke (%s)', (name) => {
  const browser = useBrowser(name);

  it('starts the background, which answers a validated message', async () => {
    const page = await browser().openExtensionPage('options.html');
    const answer = (await sendFromExtensionPage(page, { type: 'core.commands', payload: {} })) as {
      ok: boolean;
      value: Array<{ name: string }>;
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.map((command) => command.name)).toContain('open-templates');
    await page.close();
  });

  it.each(EDITOR_PORTALS)(
    'starts the content script on the %s portal without console errors',
    async (portal) => {
      const page = await browser().openPortal(portal);
      const host = await page.evaluate(() => {
        const hosts = document.querySelectorAll('replyguard-ui');
        const el = hosts[0];
        return { count: hosts.length, platform: el?.getAttribute('data-platform'), open: !!el?.shadowRoot };
      });
      expect(host).toEqual({ count: 1, platform: PLATFORM[portal], open: true });
      if (portal === 'dhgate') {
        // The editor frame is a document of its own, with its own layer.
        await sleep(300);
        const inFrame = await page.evaluateInFrame(
          'editor-frame',
          () => document.querySelectorAll('replyguard-ui').length,
        );
        expect(inFrame).toBe(1);
      }
      await sleep(500);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('does nothing on a host that is not a seller portal', async () => {
    const page = await browser().openPortal('nonportal', { ready: false });
    await sleep(1500);
    expect(await page.evaluate(() => document.querySelectorAll('replyguard-ui').length)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
