import { browser } from 'wxt/browser';

/** The first-run page, opened once when the extension is installed (not on updates or browser starts). */
export const ONBOARDING_PAGE = '/onboarding.html';

export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) }).catch(() => undefined);
  });
}
