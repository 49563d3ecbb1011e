import { describe, expect, it } from 'vitest';
import { BROWSERS, type E2EBrowser, sleep } from './harness';
import {
  BLOCKED_REPLY,
  CLEAN_REPLY,
  chord,
  clickInLayer,
  EDITOR_PORTALS,
  type EditorPortal,
  layerQuery,
  pressSend,
  typeReply,
  waitForLayer,
  waitForNoLayer,
} from './overlay-helpers';
import { appText, focusEditor, sentReplies } from './portal-editors';
import { useBrowser } from './use-browser';

const DIALOG = '[data-replyguard-dialog="send-guard"]';
const visibleText = (text: string) => text.replace(/\u00a0/g, ' ');

/** Whether focus is in the portal's editor (through the shadow root or the iframe). */
function editorHasFocus(page: Awaited<ReturnType<E2EBrowser['openPortal']>>, portal: EditorPortal) {
  return page.evaluate((name) => {
    const active = document.activeElement;
    if (name === 'amazon')
      return active?.tagName === 'KAT-TEXTAREA' && active.shadowRoot?.activeElement?.tagName === 'TEXTAREA';
    if (name === 'dhgate') return active?.tagName === 'IFRAME';
    if (name === 'tiktok') return active?.getAttribute('contenteditable') === 'true';
    return active?.tagName === 'TEXTAREA';
  }, portal);
}

describe.each(BROWSERS)('send guard (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(EDITOR_PORTALS)(
    'stops a blocked reply on %s, keeps the text, and sends it anyway on request',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await typeReply(page, BLOCKED_REPLY);
      await pressSend(page, portal);
      const [dialog] = await waitForLayer(page, DIALOG);
      expect(dialog!.text).toMatch(/WhatsApp|415/);
      await sleep(200);
      expect(await sentReplies(page)).toEqual([]);
      expect(visibleText(await appText(page))).toBe(BLOCKED_REPLY);

      // Cancel: the dialog closes, the text stays, focus is back in the editor.
      await clickInLayer(page, `${DIALOG} [data-action="cancel"]`);
      await waitForNoLayer(page, DIALOG);
      expect(await editorHasFocus(page, portal)).toBe(true);
      expect(visibleText(await appText(page))).toBe(BLOCKED_REPLY);
      expect(await sentReplies(page)).toEqual([]);

      // Send anyway: the app sends exactly the text.
      await pressSend(page, portal);
      await waitForLayer(page, DIALOG);
      await clickInLayer(page, `${DIALOG} [data-action="send-anyway"]`);
      await page.waitFor(
        () => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0,
        undefined,
        {
          what: 'the reply to be sent',
        },
      );
      expect((await sentReplies(page)).map(visibleText)).toEqual([BLOCKED_REPLY]);
      await waitForNoLayer(page, DIALOG);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it.each(EDITOR_PORTALS)('lets a clean reply through at once on %s', async (portal) => {
    const page = await browser().openPortal(portal);
    await focusEditor(page, portal);
    await typeReply(page, CLEAN_REPLY);
    await pressSend(page, portal);
    await page.waitFor(
      () => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0,
      undefined,
      {
        what: 'the clean reply to be sent',
      },
    );
    expect((await sentReplies(page)).map(visibleText)).toEqual([CLEAN_REPLY]);
    expect(await layerQuery(page, DIALOG)).toEqual([]);
    await page.close();
  });

  it.each(['pinduoduo', 'shopee', 'tiktok'] as const)(
    'fix all clears the blocking findings on %s',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await typeReply(page, BLOCKED_REPLY);
      await pressSend(page, portal);
      await waitForLayer(page, DIALOG);
      await clickInLayer(page, `${DIALOG} [data-action="fix-all"]`);
      await waitForNoLayer(page, DIALOG);
      const fixed = visibleText(await appText(page));
      expect(fixed).not.toBe(BLOCKED_REPLY);
      expect(fixed).not.toContain('415 555 0132');
      await sleep(300);
      expect(await layerQuery(page, '[data-finding][data-severity="block"]')).toEqual([]);
      expect(await sentReplies(page)).toEqual([]);
      // Now the reply goes out as fixed.
      await pressSend(page, portal);
      await page.waitFor(() => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0);
      expect((await sentReplies(page)).map(visibleText)).toEqual([fixed.trim()]);
      await page.close();
    },
  );

  it('guards Ctrl+Enter inside the DHgate iframe editor and re-sends it there', async () => {
    const page = await browser().openPortal('dhgate');
    await focusEditor(page, 'dhgate');
    await typeReply(page, BLOCKED_REPLY);
    // Record the Enter keydowns the editor's document receives (the fixture's own listener is attached
    // on the iframe's load event, which can race the page script).
    await page.evaluateInFrame('editor-frame', () => {
      const seen: string[] = [];
      (window as never as { __enters: string[] }).__enters = seen;
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') seen.push(`${event.ctrlKey}`);
      });
    });
    await chord(page, 'Control', 'Enter');
    await waitForLayer(page, DIALOG);
    expect(await sentReplies(page)).toEqual([]);
    expect(
      await page.evaluateInFrame('editor-frame', () => (window as never as { __enters: string[] }).__enters),
    ).toEqual([]);
    await clickInLayer(page, `${DIALOG} [data-action="send-anyway"]`);
    await waitForNoLayer(page, DIALOG);
    // The re-dispatched Ctrl+Enter reaches the editor's document, once.
    const enters = () =>
      page.evaluateInFrame('editor-frame', () => (window as never as { __enters: string[] }).__enters);
    for (let i = 0; i < 50 && (await enters()).length === 0; i++) await sleep(100);
    await sleep(200);
    expect(await enters()).toEqual(['true']);
    await page.close();
  });

  it('guards the Walmart Send button', async () => {
    const page = await browser().openPortal('walmart');
    await focusEditor(page, 'walmart');
    await typeReply(page, BLOCKED_REPLY);
    await page.clickSelector('[data-automation-id="send-reply"]');
    await waitForLayer(page, DIALOG);
    expect(await sentReplies(page)).toEqual([]);
    await clickInLayer(page, `${DIALOG} [data-action="send-anyway"]`);
    await page.waitFor(() => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0);
    expect((await sentReplies(page)).map(visibleText)).toEqual([BLOCKED_REPLY]);
    await page.close();
  });

  it.each([
    ['pinduoduo', '.send-btn'],
    ['lazada', '.im-icon-paper-plane'],
    ['aliexpress', '.im-message-input-footer-right a'],
  ] as const)(
    'guards a click on the send control of %s, which is not a button (%s)',
    async (portal, control) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await typeReply(page, BLOCKED_REPLY);
      await page.clickSelector(control);
      await waitForLayer(page, DIALOG);
      await sleep(200);
      expect(await sentReplies(page)).toEqual([]);
      await clickInLayer(page, `${DIALOG} [data-action="send-anyway"]`);
      await page.waitFor(() => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0);
      expect((await sentReplies(page)).map(visibleText)).toEqual([BLOCKED_REPLY]);
      await page.close();
    },
  );

  it('lets Enter add a line where it does not send (ebay)', async () => {
    const page = await browser().openPortal('ebay');
    await focusEditor(page, 'ebay');
    await typeReply(page, BLOCKED_REPLY);
    await chord(page, null, 'Enter');
    await sleep(300);
    expect(await layerQuery(page, DIALOG)).toEqual([]);
    expect(await appText(page)).toBe(`${BLOCKED_REPLY}\n`);
    expect(await sentReplies(page)).toEqual([]);
    await page.close();
  });

  it('leaves Shift+Enter (a new line) alone', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await typeReply(page, BLOCKED_REPLY);
    await chord(page, 'Shift', 'Enter');
    await sleep(300);
    expect(await layerQuery(page, DIALOG)).toEqual([]);
    expect(await appText(page)).toBe(`${BLOCKED_REPLY}\n`);
    await page.close();
  });

  it('honours a pause set from the popup settings', async () => {
    const settingsPage = await browser().openExtensionPage('popup.html');
    await settingsPage.evaluate(async () => {
      type Storage = { storage: { local: { set(items: object): Promise<void> } } };
      const api = ((globalThis as { browser?: Storage }).browser ??
        (globalThis as unknown as { chrome: Storage }).chrome)!;
      await api.storage.local.set({
        settings: { uiLocale: 'auto', disabledHosts: [], pausedUntil: Date.now() + 3_600_000 },
      });
    });
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await typeReply(page, BLOCKED_REPLY);
    await sleep(300);
    expect(await layerQuery(page, '[data-finding]')).toEqual([]);
    const [chip] = await layerQuery(page, '[data-replyguard-chip]');
    expect(chip?.data.state).toBe('paused');
    await pressSend(page, 'pinduoduo');
    await page.waitFor(() => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0);
    await settingsPage.evaluate(async () => {
      type Storage = { storage: { local: { set(items: object): Promise<void> } } };
      const api = ((globalThis as { browser?: Storage }).browser ??
        (globalThis as unknown as { chrome: Storage }).chrome)!;
      await api.storage.local.set({ settings: { uiLocale: 'auto', disabledHosts: [], pausedUntil: 0 } });
    });
    await settingsPage.close();
    await page.close();
  });
});
