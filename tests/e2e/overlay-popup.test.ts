import { describe, expect, it } from 'vitest';
import { portalTabId } from './extension-pages';
import { BROWSERS } from './harness';
import { BLOCKED_REPLY, layerQuery, typeReply, waitForLayer, waitForNoLayer } from './overlay-helpers';
import { focusEditor } from './portal-editors';
import { useBrowser } from './use-browser';

describe.each(BROWSERS)('toolbar popup (%s)', (name) => {
  const browser = useBrowser(name);

  it('before the agent touches the reply box: the portal, and no reply checked yet', async () => {
    const portal = await browser().openPortal('shopee');
    const popup = await browser().openExtensionPage('popup.html');
    const tabId = await portalTabId(popup, 'shopee');
    await popup.goto(`${browser().extensionOrigin}/popup.html?tab=${tabId}`);
    const shown = await popup.waitFor(() => {
      const platform = document.querySelector<HTMLElement>('[data-popup="platform"]')?.dataset.platform;
      const state = document.querySelector('[data-popup="unavailable"]')
        ? 'unavailable'
        : document.querySelector('[data-popup="findings"]')
          ? 'findings'
          : null;
      return platform && state ? { platform, state } : null;
    });
    expect(shown).toEqual({ platform: 'shopee', state: 'findings' });
    // Answering the popup loads no engine.
    expect(
      await portal.evaluate(
        () => document.querySelector('replyguard-ui')?.getAttribute('data-engine') ?? null,
      ),
    ).toBe(null);
    await popup.close();
    await portal.close();
  });

  it('shows the portal and the findings of its reply box, and switches the site off and on', async () => {
    const portal = await browser().openPortal('shopee');
    await focusEditor(portal, 'shopee');
    await typeReply(portal, BLOCKED_REPLY);
    await waitForLayer(portal, '[data-finding][data-severity="block"]');

    // The popup opened as a page: find the portal's tab by asking each tab's content script.
    const popup = await browser().openExtensionPage('popup.html');
    const tabId = await portalTabId(popup, 'shopee');
    await popup.goto(`${browser().extensionOrigin}/popup.html?tab=${tabId}`);
    const status = await popup.waitFor(() => {
      const findings = document.querySelector<HTMLElement>('[data-popup="findings"]');
      const platform = document.querySelector<HTMLElement>('[data-popup="platform"]');
      return findings?.dataset.block
        ? { block: Number(findings.dataset.block), platform: platform?.dataset.platform }
        : null;
    });
    expect(status?.platform).toBe('shopee');
    expect(status?.block).toBeGreaterThan(0);

    await popup.clickSelector('[data-popup-action="toggle-site"]');
    await waitForNoLayer(portal, '[data-finding]');
    await waitForNoLayer(portal, '[data-replyguard-chip]');
    await popup.waitFor(() =>
      document.querySelector('[data-popup-action="toggle-site"]')?.textContent?.includes('Enable'),
    );
    await popup.clickSelector('[data-popup-action="toggle-site"]');
    await waitForLayer(portal, '[data-finding][data-severity="block"]');

    await popup.clickSelector('[data-popup-action="pause"]');
    await waitForNoLayer(portal, '[data-finding]');
    const [chip] = await waitForLayer(portal, '[data-replyguard-chip][data-state="paused"]');
    expect(chip).toBeTruthy();
    await popup.waitFor(() => !!document.querySelector('[data-popup-action="resume"]'));
    await popup.clickSelector('[data-popup-action="resume"]');
    await waitForLayer(portal, '[data-finding][data-severity="block"]');
    expect(await layerQuery(portal, '[data-replyguard-chip][data-state="block"]')).toHaveLength(1);
    expect(portal.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
    await portal.close();
  });
});
