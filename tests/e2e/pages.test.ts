import { describe, expect, it } from 'vitest';
import { lowContrastText, unnamedControls } from './a11y';
import { EXTENSION_PAGES } from './extension-pages';
import { BROWSERS } from './harness';
import { useBrowser } from './use-browser';

describe.each(BROWSERS)('extension pages for keyboard and screen-reader users (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(EXTENSION_PAGES)(
    '%s: every control is named, and text contrast meets WCAG AA',
    async (path, ready) => {
      const page = await browser().openExtensionPage(path);
      await page.waitFor((selector) => !!document.querySelector(selector), ready, { what: ready });
      expect(await unnamedControls(page)).toEqual([]);
      expect(await lowContrastText(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('options: Tab reaches the tab list once, arrows move between tabs and show their panel', async () => {
    const page = await browser().openExtensionPage('options.html#general');
    await page.waitFor(() => !!document.querySelector('[data-options="general"]'));
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.tab);
    expect(first).toBe('general');
    await page.keyboard.press('ArrowRight');
    await page.waitFor(() => !!document.querySelector('[data-options="rules"]'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.tab)).toBe('rules');
    await page.keyboard.press('End');
    await page.waitFor(() => !!document.querySelector('[data-templates-tab]'));
    // The next Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    const inPanel = await page.evaluate(() => !!document.activeElement?.closest('[role="tabpanel"]'));
    expect(inPanel).toBe(true);
    await page.close();
  });
});
