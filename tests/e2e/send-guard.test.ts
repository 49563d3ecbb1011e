import { describe, expect, it } from 'vitest';
import { PORTALS } from '@/lib/portals/registry';
import { BROWSERS, type E2EBrowser } from './harness';
import {
  BLOCKED_REPLY,
  CLEAN_REPLY,
  chord,
  clickInLayer,
  EDITOR_PORTALS,
  type EditorPortal,
  layerQuery,
  lintState,
  pressSend,
  typeReply,
  waitForBoxInFrames,
  waitForLayer,
  waitForLint,
  waitForNoLayer,
} from './overlay-helpers';
import { appText, focusEditor, sentReplies } from './portal-editors';
import { useBrowser } from './use-browser';

const DIALOG = '[data-replyguard-dialog="send-guard"]';
/** A reply whose only blocking finding has a safe fix (the number is masked). */
const PHONE_REPLY = 'Our hotline is +1 415 555 0132 for delivery questions';
/** The send control of each imitation portal: a button, a div, an icon, a link, a web component. */
const SEND_CONTROLS: Record<EditorPortal, string> = {
  pinduoduo: '.send-btn',
  shopee: '[data-cy="webchat-conversation-detail-input"] i',
  aliexpress: '.im-message-input-footer-right a',
  walmart: '[data-automation-id="send-reply"]',
  dhgate: '#btnSendMsg',
  amazon: 'kat-button',
  lazada: '.im-icon-paper-plane',
  tiktok: '#chat-input-send-button',
  ebay: '#sndBtn',
};
/** The portals whose app sends on a key, and that key (Amazon and eBay send only with their button). */
const KEY_PORTALS = EDITOR_PORTALS.flatMap((portal) =>
  PORTALS[portal].sendKeys.map((key) => [portal, key] as const),
);
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
      // The guard decided on the press itself: a send it let through would be recorded before the dialog.
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
    'fix all masks the number, sends the fixed reply after, on %s',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await typeReply(page, PHONE_REPLY);
      await pressSend(page, portal);
      const [dialog] = await waitForLayer(page, DIALOG);
      expect(dialog!.text).toContain('141****0132');
      await clickInLayer(page, `${DIALOG} [data-action="fix-all"]`);
      await waitForNoLayer(page, DIALOG);
      await page.waitFor(
        (want) =>
          (window as never as { fixture: { text(): string } }).fixture.text().replace(/\u00a0/g, ' ') ===
          want,
        'Our hotline is 141****0132 for delivery questions',
        { what: 'the masked reply in the app' },
      );
      await waitForNoLayer(page, '[data-finding][data-severity="block"]');
      expect(await sentReplies(page)).toEqual([]);
      // Now the reply goes out as fixed.
      await pressSend(page, portal);
      await page.waitFor(() => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0);
      expect((await sentReplies(page)).map(visibleText)).toEqual([
        'Our hotline is 141****0132 for delivery questions',
      ]);
      await page.close();
    },
  );

  it.each(['pinduoduo', 'tiktok'] as const)(
    'fix all never deletes a blocking word without a replacement: it says it stays (%s)',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await typeReply(page, BLOCKED_REPLY);
      await pressSend(page, portal);
      await waitForLayer(page, DIALOG);
      // Before: each finding says what fix all will do with it.
      const notes = await layerQuery(page, `${DIALOG} [data-fix-all]`);
      expect(notes.map((note) => note.data.fixAll).sort()).toEqual(['keep', 'replace']);
      await clickInLayer(page, `${DIALOG} [data-action="fix-all"]`);
      // After: the number is masked, "WhatsApp" is still there, and the dialog says why it stayed.
      await page.waitFor(
        () => (window as never as { fixture: { text(): string } }).fixture.text().includes('***'),
        undefined,
        { what: 'the masked number in the app' },
      );
      const [alert] = await waitForLayer(page, `${DIALOG} [role="alert"]`);
      expect(alert!.text).toMatch(/no safe replacement/);
      expect(visibleText(await appText(page))).toBe('Hello, WhatsApp me at 141****0132 please');
      const left = await layerQuery(page, `${DIALOG} [data-finding-ref]`);
      expect(left.map((item) => item.text).join(' ')).toContain('WhatsApp');
      expect(await sentReplies(page)).toEqual([]);
      await page.close();
    },
  );

  it('keeps the focus in the dialog and gives it back to the caret in the editor', async () => {
    const page = await browser().openPortal('shopee');
    await focusEditor(page, 'shopee');
    await typeReply(page, BLOCKED_REPLY);
    await chord(page, null, 'ArrowLeft');
    await chord(page, null, 'ArrowLeft');
    await chord(page, null, 'Enter');
    await waitForLayer(page, DIALOG);
    const focused = () =>
      page.evaluate(() => {
        const root = document.querySelector('replyguard-ui')!.shadowRoot!;
        const active = root.activeElement;
        return active?.closest('[data-replyguard-dialog]')
          ? (active.getAttribute('data-action') ?? 'inside')
          : 'outside';
      });
    await page.waitFor(
      () =>
        document.querySelector('replyguard-ui')!.shadowRoot!.activeElement?.getAttribute('data-action') ===
        'cancel',
      undefined,
      { what: 'focus on keep editing' },
    );
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await chord(page, null, 'Tab');
      seen.push(await focused());
    }
    expect(seen).toEqual(['send-anyway', 'fix-all', 'cancel', 'send-anyway']);
    await chord(page, 'Shift', 'Tab');
    expect(await focused()).toBe('cancel');
    await page.keyboard.press('Escape');
    await waitForNoLayer(page, DIALOG);
    const caret = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return { tag: area.tagName, at: area.selectionStart, length: area.value.length };
    });
    expect(caret).toEqual({ tag: 'TEXTAREA', at: BLOCKED_REPLY.length - 2, length: BLOCKED_REPLY.length });
    await page.close();
  });

  it.each(KEY_PORTALS)('stops the %s send key (%s) and the app never sees it', async (portal, key) => {
    const page = await browser().openPortal(portal);
    await focusEditor(page, portal);
    await typeReply(page, BLOCKED_REPLY);
    await chord(page, key === 'Ctrl+Enter' ? 'Control' : null, 'Enter');
    await waitForLayer(page, DIALOG);
    expect(await sentReplies(page)).toEqual([]);
    expect(visibleText(await appText(page))).toBe(BLOCKED_REPLY);
    await page.close();
  });

  it.each(EDITOR_PORTALS)(
    'stops a press on the %s send control at mouse down, handles the press once, and replays it on request',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await typeReply(page, BLOCKED_REPLY);
      const control = await waitForBoxInFrames(page, SEND_CONTROLS[portal]);
      const x = control.left + control.width / 2;
      const y = control.top + control.height / 2;
      await page.mouseDown(x, y);
      await waitForLayer(page, DIALOG);
      expect(await sentReplies(page)).toEqual([]);
      await page.mouseUp();
      expect(await layerQuery(page, DIALOG)).toHaveLength(1);
      expect(await sentReplies(page)).toEqual([]);
      await clickInLayer(page, `${DIALOG} [data-action="cancel"]`);
      await waitForNoLayer(page, DIALOG);
      expect(await editorHasFocus(page, portal)).toBe(true);
      // A whole click: the dialog again; "send anyway" replays the press and the app sends once.
      await page.click(x, y);
      await waitForLayer(page, DIALOG);
      expect(await sentReplies(page)).toEqual([]);
      await clickInLayer(page, `${DIALOG} [data-action="send-anyway"]`);
      await page.waitFor(() => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0);
      expect((await sentReplies(page)).map(visibleText)).toEqual([BLOCKED_REPLY]);
      expect(page.errors).toEqual([]);
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
    await page.waitForInFrame(
      'editor-frame',
      () => (window as never as { __enters: string[] }).__enters.length > 0,
      { what: 'the replayed Ctrl+Enter in the editor frame' },
    );
    // Two animation frames later in that document, a second replay would have landed too.
    await page.evaluateInFrame(
      'editor-frame',
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
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

  it('lets Enter add a line where it does not send (ebay)', async () => {
    const page = await browser().openPortal('ebay');
    await focusEditor(page, 'ebay');
    await typeReply(page, BLOCKED_REPLY);
    const { generation } = await lintState(page);
    await chord(page, null, 'Enter');
    // The page took the key as a new line and ReplyGuard linted and drew that text: had the guard
    // held the key, its dialog would be drawn by now.
    await waitForLint(page, generation, BLOCKED_REPLY.length + 1);
    expect(await layerQuery(page, DIALOG)).toEqual([]);
    expect(await appText(page)).toBe(`${BLOCKED_REPLY}\n`);
    expect(await sentReplies(page)).toEqual([]);
    await page.close();
  });

  it('leaves Shift+Enter (a new line) alone', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await typeReply(page, BLOCKED_REPLY);
    const { generation } = await lintState(page);
    await chord(page, 'Shift', 'Enter');
    // The page took the key as a new line and ReplyGuard linted and drew that text: had the guard
    // held the key, its dialog would be drawn by now.
    await waitForLint(page, generation, BLOCKED_REPLY.length + 1);
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
