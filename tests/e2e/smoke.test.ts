import { describe, expect, it } from 'vitest';
import { BROWSERS, readUntil, sendFromExtensionPage } from './harness';
import { EDITOR_PORTALS } from './overlay-helpers';
import { focusEditor } from './portal-editors';
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

/** The page-wide features of the outer frame of a chat page (entrypoints/content/features/index.ts). */
const PAGE_FEATURES = 'sla-badges';
/** Then, from the first focus of the reply box, in start order (entrypoints/content/features/editing.ts). */
const EDITING_FEATURES =
  'lint-overlay buyer-line send-guard status-chip suggestions tab-status template-picker placeholder-marks';

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
      const read = () =>
        page.evaluate(() => {
          const hosts = document.querySelectorAll('replyguard-ui');
          const el = hosts[0];
          return {
            count: hosts.length,
            platform: el?.getAttribute('data-platform'),
            open: !!el?.shadowRoot,
            features: el?.getAttribute('data-features'),
            failed: el?.getAttribute('data-failed'),
            engine: el?.getAttribute('data-engine') ?? null,
          };
        });
      const expected = { count: 1, platform: PLATFORM[portal], open: true, failed: null };
      // Before the agent touches the reply box: the page-wide features, and no engine.
      expect(await readUntil(read, (host) => host.features === PAGE_FEATURES)).toEqual({
        ...expected,
        features: PAGE_FEATURES,
        engine: null,
      });
      // The first focus of the reply box loads the editing features and the engine.
      await focusEditor(page, portal);
      expect(await readUntil(read, (host) => host.engine === 'ready')).toEqual({
        ...expected,
        features: `${PAGE_FEATURES} ${EDITING_FEATURES}`,
        engine: 'ready',
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
