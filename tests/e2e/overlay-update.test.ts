import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type E2EBrowser, launch } from './harness';
import { BLOCKED_REPLY, pressSend, typeReply, waitForLayer } from './overlay-helpers';
import { focusEditor, sentReplies } from './portal-editors';

// Chromium only: reloading the extension (as an update does) from one of its pages.
describe.runIf(BROWSERS.includes('chromium'))('extension update (chromium)', () => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch('chromium');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shuts the old content script down cleanly: layer gone, page works, no errors', async () => {
    const page = await browser.openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await typeReply(page, BLOCKED_REPLY);
    await waitForLayer(page, '[data-finding]');
    const options = await browser.openExtensionPage('options.html');
    void options
      .evaluate(() => {
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
      })
      .catch(() => undefined);
    await page.waitFor(() => document.querySelectorAll('replyguard-ui').length === 0, undefined, {
      what: 'the old layer to go',
    });
    // The page keeps working on its own: typing and sending are not disturbed.
    // Nothing lints any more: type with the bare keyboard.
    await page.keyboard.type(' thanks');
    await pressSend(page, 'pinduoduo');
    await page.waitFor(
      () => (window as unknown as { fixture: { sent: unknown[] } }).fixture.sent.length > 0,
      undefined,
      { what: 'the page sent the reply' },
    );
    expect(await sentReplies(page)).toEqual([`${BLOCKED_REPLY} thanks`]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
