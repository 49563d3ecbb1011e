import type { E2EPage } from './harness';

/** Each extension page (path under the extension's origin), with what shows that it has rendered. */
export const EXTENSION_PAGES: Array<[path: string, ready: string]> = [
  ['onboarding.html', '[data-setting="agentName"]'],
  ['options.html#general', '[data-options="general"]'],
  ['options.html#rules', '[data-options="rules"][data-ready] [data-pack-id="common"]'],
  ['options.html#sla', '[data-options="sla"]'],
  ['options.html#templates', '[data-templates-tab] [data-template-id]'],
  ['dashboard.html', '.rg-dashboard'],
  ['popup.html', '[data-popup="platform"]'],
];

/**
 * From an extension page, the id of the tab whose content script reports `platform` (asked tab by tab,
 * as the popup asks its own tab), or waits until there is one.
 */
export async function portalTabId(page: E2EPage, platform: string): Promise<number> {
  return await page.waitFor(async (want) => {
    type Api = {
      tabs: {
        query(q: object): Promise<Array<{ id?: number }>>;
        sendMessage(id: number, message: unknown, options: object): Promise<unknown>;
      };
    };
    const api = ((globalThis as { browser?: Api }).browser ??
      (globalThis as unknown as { chrome: Api }).chrome)!;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const answer = (await api.tabs.sendMessage(
          tab.id,
          { type: 'popup.tabStatus', payload: {} },
          { frameId: 0 },
        )) as { ok: boolean; value?: { platform: string } };
        if (answer?.ok && answer.value?.platform === want) return tab.id;
      } catch {
        // no content script in that tab
      }
    }
    return 0;
  }, platform);
}
