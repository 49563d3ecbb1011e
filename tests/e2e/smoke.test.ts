import { describe, expect, it } from 'vitest';
import { BROWSERS, sendFromExtensionPage } from './harness';
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

/** Every feature of the outer frame of a chat page, in start order (entrypoints/content/features/index.ts). */
const CHAT_PAGE_FEATURES =
  'lint-overlay buyer-line send-guard sla-badges status-chip suggestions tab-status template-picker placeholder-marks';

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
        return {
          count: hosts.length,
          platform: el?.getAttribute('data-platform'),
          open: !!el?.shadowRoot,
          features: el?.getAttribute('data-features'),
          failed: el?.getAttribute('data-failed'),
        };
      });
      expect(host).toEqual({
        count: 1,
        platform: PLATFORM[portal],
        open: true,
        features: CHAT_PAGE_FEATURES,
        failed: null,
      });
      if (portal === 'dhgate') {
        // The editor frame is a document of its own, with its own layer, and starts what runs in every frame.
        const inFrame = await page.waitForInFrame(
          'editor-frame',
          () => document.querySelector('replyguard-ui')?.getAttribute('data-ready') === 'true',
          { what: 'ReplyGuard ready in the editor frame' },
        );
        expect(inFrame).toBe(true);
        expect(
          await page.evaluateInFrame('editor-frame', () => document.querySelectorAll('replyguard-ui').length),
        ).toBe(1);
      }
      // The first lint has been published and drawn: whatever the start-up would log has been logged.
      await page.waitFor(
        () => Number(document.querySelector('replyguard-ui')?.getAttribute('data-lint-generation')) >= 1,
        undefined,
        {
          what: 'first lint published',
        },
      );
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('does nothing on a host that is not a seller portal', async () => {
    const page = await browser().openPortal('nonportal', { ready: false });
    // The positive signal: a portal page opened after it is served, injected and started, so the
    // injection of this earlier page (document_idle) is behind us too.
    const later = await browser().openPortal('shopee');
    await later.close();
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    expect(await page.evaluate(() => document.querySelectorAll('replyguard-ui').length)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
