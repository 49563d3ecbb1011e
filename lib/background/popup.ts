import { browser } from 'wxt/browser';
import type { MessageRouter } from '@/lib/messaging/define';
import { badgeFor, ReportCounts } from '@/lib/messaging/popup';

/** Shows the findings count of a tab's reply box on the toolbar button. */
export function registerPopup(router: MessageRouter): void {
  router.on(ReportCounts, async ({ counts }, from) => {
    if (from.kind !== 'content') return {};
    const tabId = from.tabId;
    const action = browser.action ?? browser.browserAction;
    if (!action) return {};
    const badge = badgeFor(counts);
    try {
      await action.setBadgeText({ tabId, text: badge.text });
      if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    } catch {
      // The tab closed meanwhile.
    }
    return {};
  });
}
