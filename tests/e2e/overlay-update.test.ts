import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type E2EBrowser, type E2EPage, launch } from './harness';
import { BLOCKED_REPLY, layerQuery, pressSend, typeReply, waitForLayer } from './overlay-helpers';
import { focusEditor, sentReplies } from './portal-editors';

/** Reloads the extension (as an update does) from one of its pages; the page loses it mid-call. */
async function reloadExtension(browser: E2EBrowser): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  void options
    .evaluate(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    })
    .catch(() => undefined);
}

/** ReplyGuard's layers in the page: whether each is the one marked before the update, ready, with marks. */
function layers(page: E2EPage) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('replyguard-ui')].map((host) => ({
      old: host.dataset.testOld === '1',
      ready: host.dataset.ready === 'true',
      marks: host.shadowRoot?.querySelectorAll('[data-finding]').length ?? 0,
    })),
  );
}

// Chromium does not inject an updated extension's content scripts into open tabs: the old one leaves.
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
    await reloadExtension(browser);
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

// Firefox injects the updated content script into open tabs: it takes over from the old one.
describe.runIf(BROWSERS.includes('firefox'))('extension update (firefox)', () => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch('firefox');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the new content script replaces the old layer, re-checks the reply and guards the send', async () => {
    const page = await browser.openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await typeReply(page, BLOCKED_REPLY);
    await waitForLayer(page, '[data-finding]');
    await page.evaluate(() => {
      for (const host of document.querySelectorAll<HTMLElement>('replyguard-ui')) host.dataset.testOld = '1';
    });
    expect(await layers(page), 'one layer before the update').toHaveLength(1);
    await reloadExtension(browser);
    await page.waitFor(
      () => {
        const hosts = [...document.querySelectorAll<HTMLElement>('replyguard-ui')];
        return (
          hosts.length === 1 &&
          hosts[0]?.dataset.testOld !== '1' &&
          hosts[0]?.dataset.ready === 'true' &&
          (hosts[0]?.shadowRoot?.querySelectorAll('[data-finding]').length ?? 0) > 0
        );
      },
      undefined,
      { what: 'the new layer alone, marking the reply typed before the update' },
    );
    expect(await layers(page), 'only the new layer, with marks').toEqual([
      { old: false, ready: true, marks: expect.any(Number) },
    ]);
    // The agent goes on typing; the new guard holds the fined reply, once.
    await typeReply(page, ' thanks');
    await pressSend(page, 'pinduoduo');
    await waitForLayer(page, '[data-replyguard-dialog="send-guard"]');
    expect(await layerQuery(page, '[data-replyguard-dialog="send-guard"]'), 'one guard dialog').toHaveLength(
      1,
    );
    expect(await sentReplies(page), 'nothing sent').toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
