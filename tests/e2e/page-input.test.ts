// The page cannot drive ReplyGuard (issue #12, item 1): what a page script dispatches or clicks in our
// open shadow root does nothing, while the agent's real keys and clicks work, in Chromium and Firefox.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, CHROME_BUILD, FIREFOX_BUILD, readUntil } from './harness';
import {
  BLOCKED_REPLY,
  clickInLayer,
  pressSend,
  typeReply,
  waitForLayer,
  waitForNoLayer,
} from './overlay-helpers';
import { appText, focusEditor, sentReplies } from './portal-editors';
import { useBrowser } from './use-browser';

const DIALOG = '[data-replyguard-dialog="send-guard"]';
const PICKER = '[data-replyguard-dialog="templates"]';
const visibleText = (text: string) => text.replace(/\u00a0/g, ' ');

describe('manifests', () => {
  it('run the content script on https portal pages only', () => {
    for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
      const manifest = JSON.parse(readFileSync(`${build}/manifest.json`, 'utf8'));
      const matches: string[] = manifest.content_scripts.flatMap(
        (script: { matches: string[] }) => script.matches,
      );
      expect(matches.length).toBeGreaterThan(9);
      expect(matches.filter((match) => !match.startsWith('https://'))).toEqual([]);
    }
  });
});

describe.each(BROWSERS)('what the page can do (%s)', (name) => {
  const browser = useBrowser(name);

  it('cannot open the picker with a dispatched shortcut, nor search, choose or close it', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await page.keyboard.type('稍等');
    // The page's script sends Alt+Shift+T to the focused editor: ReplyGuard neither takes it nor opens.
    const dispatched = await page.evaluate(() => {
      const target = document.activeElement ?? document.body;
      const init = {
        key: 'T',
        code: 'KeyT',
        altKey: true,
        shiftKey: true,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      const down = new KeyboardEvent('keydown', init);
      const kept = target.dispatchEvent(down);
      target.dispatchEvent(new KeyboardEvent('keyup', init));
      let forged = false;
      try {
        Object.defineProperty(down, 'isTrusted', { value: true });
      } catch {
        forged = false;
      }
      forged ||= down.isTrusted;
      const picker = !!document
        .querySelector('replyguard-ui')
        ?.shadowRoot?.querySelector('[data-replyguard-dialog="templates"]');
      return { kept, forged, picker };
    });
    expect(dispatched).toEqual({ kept: true, forged: false, picker: false });

    // The agent's own shortcut opens it; the page's keys, input and clicks inside it do nothing.
    await page.chord(['Alt', 'Shift', 'T']);
    await waitForLayer(page, `${PICKER} [data-template-id]`);
    const inside = await page.evaluate(() => {
      const root = document.querySelector('replyguard-ui')!.shadowRoot!;
      const dialog = root.querySelector('[data-replyguard-dialog="templates"]')!;
      const search = dialog.querySelector('input')!;
      const first = dialog.querySelector('[data-template-id]')!.getAttribute('data-template-id');
      search.value = 'zzzz-no-such-template';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      dialog.querySelector<HTMLElement>('[data-action="insert"]')?.click();
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      return {
        open: !!root.querySelector('[data-replyguard-dialog="templates"]'),
        // The picker's own first item (the suggestion strip's items carry data-template-id too).
        first: dialog.querySelector('[data-template-id]')?.getAttribute('data-template-id') === first,
        text: (window as unknown as { fixture: { text(): string } }).fixture.text(),
      };
    });
    expect(inside).toEqual({ open: true, first: true, text: '稍等' });
    await page.keyboard.press('Escape');
    await waitForNoLayer(page, PICKER);
    expect(await appText(page)).toBe('稍等');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('cannot open the picker by putting ;abbr in the reply itself', async () => {
    const page = await browser().openPortal('shopee');
    await focusEditor(page, 'shopee');
    // The agent opens and closes the picker once: the templates (and their abbreviations) are loaded.
    await page.chord(['Alt', 'Shift', 'T']);
    await waitForLayer(page, `${PICKER} [data-template-id]`);
    await page.keyboard.press('Escape');
    await waitForNoLayer(page, PICKER);
    // The page's script writes an abbreviation into the reply the way the app's own code would.
    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>(
        '[data-cy="webchat-conversation-detail-input"] textarea',
      )!;
      const text = 'Thanks. ;delay';
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.setSelectionRange(text.length, text.length);
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'y' }));
    });
    // Had that opened the picker, it would hold the query ";delay" (the picker never opens twice): the
    // agent's shortcut now opens it with an empty search.
    await page.chord(['Alt', 'Shift', 'T']);
    await waitForLayer(page, `${PICKER} [data-template-id]`);
    const query = await page.evaluate(
      () =>
        document
          .querySelector('replyguard-ui')!
          .shadowRoot!.querySelector<HTMLInputElement>('[data-replyguard-dialog="templates"] input')!.value,
    );
    expect(query).toBe('');
    await page.keyboard.press('Escape');
    await waitForNoLayer(page, PICKER);
    await page.close();
  });

  it('cannot click send anyway, fix all or cancel, while the agent can', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await typeReply(page, BLOCKED_REPLY);
    await pressSend(page, 'pinduoduo');
    await waitForLayer(page, DIALOG);
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('replyguard-ui')!.shadowRoot!;
      const dialog = root.querySelector('[data-replyguard-dialog="send-guard"]')!;
      for (const action of ['send-anyway', 'fix-all', 'cancel'])
        dialog.querySelector<HTMLElement>(`[data-action="${action}"]`)!.click();
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      const fixture = (window as unknown as { fixture: { sent: string[]; text(): string } }).fixture;
      return {
        sent: fixture.sent.length,
        text: fixture.text(),
        open: !!root.querySelector('[data-replyguard-dialog="send-guard"]'),
      };
    });
    expect(
      { ...clicked, text: visibleText(clicked.text) },
      "the page's clicks on send anyway, fix all and cancel, and its Escape, change nothing",
    ).toEqual({
      sent: 0,
      text: BLOCKED_REPLY,
      open: true,
    });
    // The agent's click still works, and nothing was sent or changed meanwhile.
    await clickInLayer(page, `${DIALOG} [data-action="cancel"]`);
    await waitForNoLayer(page, DIALOG);
    expect(await sentReplies(page)).toEqual([]);
    expect(visibleText(await appText(page))).toBe(BLOCKED_REPLY);
    await page.close();
  });

  it.each(['click', 'Enter'] as const)(
    'still gets a send it triggers itself held by the guard (%s)',
    async (how) => {
      const page = await browser().openPortal('pinduoduo');
      await focusEditor(page, 'pinduoduo');
      await typeReply(page, BLOCKED_REPLY);
      // The portal's own script clicks its send control (a div on Pinduoduo) or sends its editor an Enter.
      await page.evaluate((kind) => {
        if (kind === 'click') return document.querySelector<HTMLElement>('.send-btn')!.click();
        const init = { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true };
        document.querySelector('#replyTextarea')!.dispatchEvent(new KeyboardEvent('keydown', init));
      }, how);
      // Either the guard holds it (its dialog) or the app sends it: wait for one, then say which.
      const outcome = await readUntil(
        () =>
          page.evaluate(
            (sel) => ({
              dialog: !!document.querySelector('replyguard-ui')?.shadowRoot?.querySelector(sel),
              sent: (window as unknown as { fixture: { sent: string[] } }).fixture.sent.slice(),
            }),
            DIALOG,
          ),
        (seen) => seen.dialog || seen.sent.length > 0,
      );
      expect(outcome, `the page's ${how} held by the guard, nothing sent`).toEqual({
        dialog: true,
        sent: [],
      });
      await clickInLayer(page, `${DIALOG} [data-action="cancel"]`);
      await waitForNoLayer(page, DIALOG);
      expect(await sentReplies(page)).toEqual([]);
      await page.close();
    },
  );
});
