import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness';
import {
  BLOCKED_REPLY,
  CLEAN_REPLY,
  chord,
  clickInLayer,
  EDITOR_PORTALS,
  editorBox,
  layerQuery,
  lintState,
  typeReply,
  waitForLayer,
  waitForNoLayer,
} from './overlay-helpers';
import { appText, focusEditor } from './portal-editors';
import { useBrowser } from './use-browser';

describe.each(BROWSERS)('reply-box overlay (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(EDITOR_PORTALS)('marks findings over the %s editor with contract-4 attributes', async (portal) => {
    const page = await browser().openPortal(portal);
    await focusEditor(page, portal);
    await typeReply(page, BLOCKED_REPLY);
    await waitForLayer(page, '[data-finding][data-severity="block"]');
    const all = await layerQuery(page, '[data-finding]');
    const text = await appText(page);
    expect(text).toBe(BLOCKED_REPLY);
    const box = await editorBox(page, portal);
    for (const mark of all) {
      const start = Number(mark.data.start);
      const end = Number(mark.data.end);
      expect(mark.data.category).toMatch(/^[a-z]+(\.[a-z]+)?$/);
      expect(['block', 'warn', 'info']).toContain(mark.data.severity);
      expect(mark.data.rule).toBeTruthy();
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(text.length);
      // Drawn over the editor, not somewhere else on the page.
      expect(mark.rect.width).toBeGreaterThan(0);
      expect(mark.rect.left).toBeGreaterThanOrEqual(box.left - 1);
      expect(mark.rect.right).toBeLessThanOrEqual(box.right + 1);
      expect(mark.rect.top).toBeGreaterThanOrEqual(box.top - 1);
      expect(mark.rect.bottom).toBeLessThanOrEqual(box.bottom + 1);
      expect(mark.text.length).toBeGreaterThan(0); // accessible text with the message
    }
    // Marks cover the phone number's first and last characters and "WhatsApp" (one mark where they
    // merge, a mark per line where the box wraps), the phone's reaching right of the app's start: offsets
    // found in the reply itself, not from the product.
    const at = (index: number) =>
      all.find((mark) => Number(mark.data.start) <= index && Number(mark.data.end) > index);
    const phoneAt = BLOCKED_REPLY.indexOf('+1 415 555 0132');
    const phone = at(phoneAt);
    const app = at(BLOCKED_REPLY.indexOf('WhatsApp'));
    expect(phone, 'a mark over the phone number').toBeDefined();
    expect(at(phoneAt + '+1 415 555 013'.length), "a mark over the phone's last digit").toBeDefined();
    expect(app, 'a mark over WhatsApp').toBeDefined();
    expect(phone!.rect.right, "the phone's mark reaches right of WhatsApp's start").toBeGreaterThan(
      app!.rect.left,
    );
    const [chip] = await layerQuery(page, '[data-replyguard-chip]');
    expect(chip?.data.state).toBe('block');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('puts marks exactly over the text of a contenteditable (tiktok)', async () => {
    const page = await browser().openPortal('tiktok');
    await focusEditor(page, 'tiktok');
    await typeReply(page, `${CLEAN_REPLY} ${BLOCKED_REPLY}`);
    const marks = await waitForLayer(page, '[data-finding]');
    for (const mark of marks) {
      const textRects = await page.evaluate(
        ({ start, end }) => {
          const editor = document.querySelector('[data-testid="chat.chatroom.input"] [contenteditable]')!;
          const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
          let at = 0;
          const range = document.createRange();
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            if (start >= at && start <= at + node.length) range.setStart(node, start - at);
            if (end >= at && end <= at + node.length) {
              range.setEnd(node, end - at);
              break;
            }
            at += node.length;
          }
          const r = range.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        },
        { start: Number(mark.data.start), end: Number(mark.data.end) },
      );
      expect(Math.abs(mark.rect.left - textRects.left)).toBeLessThan(2);
      expect(Math.abs(mark.rect.right - textRects.right)).toBeLessThan(2);
      expect(Math.abs(mark.rect.top - textRects.top)).toBeLessThan(4);
    }
    await page.close();
  });

  it('moves marks with the scrolling of a textarea (pinduoduo)', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    // Many lines (Enter would send here): set them the way a paste does, then type the risky line.
    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#replyTextarea')!;
      area.value = 'line of ordinary reply text\n'.repeat(30);
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      area.setSelectionRange(area.value.length, area.value.length);
    });
    await typeReply(page, BLOCKED_REPLY);
    await waitForLayer(page, '[data-finding][data-severity="block"]');
    const before = (await layerQuery(page, '[data-finding][data-severity="block"]'))[0]!;
    const scrolled = await page.evaluate(() => {
      const area = document.querySelector('#replyTextarea')!;
      const was = area.scrollTop;
      area.scrollTop = 0;
      return was;
    });
    expect(scrolled).toBeGreaterThan(0);
    // Scrolled out of view 30 lines up: the mark goes with its text, out of the box, so none is drawn.
    await waitForNoLayer(page, '[data-finding][data-severity="block"]');
    expect(before.rect.height).toBeGreaterThan(0);
    await page.close();
  });

  it.each(EDITOR_PORTALS)('hover opens the card and a fix reaches the %s app model', async (portal) => {
    const page = await browser().openPortal(portal);
    await focusEditor(page, portal);
    await typeReply(page, BLOCKED_REPLY);
    const [mark] = await waitForLayer(page, '[data-finding][data-severity="block"]');
    await page.move(mark!.rect.left + mark!.rect.width / 2, mark!.rect.top + mark!.rect.height / 2);
    const [card] = await waitForLayer(page, '[data-replyguard-card]');
    expect(card!.text).toContain(mark!.data.rule);
    const [fix] = await layerQuery(page, '[data-replyguard-fix]');
    const start = Number(mark!.data.start);
    const end = Number(mark!.data.end);
    const expected = BLOCKED_REPLY.slice(0, start) + (fix!.data.fixText ?? '') + BLOCKED_REPLY.slice(end);
    await clickInLayer(page, '[data-replyguard-fix]');
    // Contenteditables may keep a space as U+00A0 after a deletion: compare the visible text.
    const visible = (want: string) =>
      page.waitFor(
        (arg) =>
          (window as never as { fixture: { text(): string } }).fixture.text().replace(/\u00a0/g, ' ') === arg,
        want,
        { what: `app text ${want}` },
      );
    await visible(expected);
    await waitForNoLayer(page, '[data-replyguard-card]');
    // Ctrl+Z right after the fix brings the text back, in the app's model too.
    await chord(page, 'Control', 'z');
    await visible(BLOCKED_REPLY);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens the card from the keyboard and closes it with Escape, from the card or the editor', async () => {
    const page = await browser().openPortal('shopee');
    await focusEditor(page, 'shopee');
    await typeReply(page, BLOCKED_REPLY);
    await waitForLayer(page, '[data-finding]');
    await chord(page, ['Alt', 'Shift'], 'KeyJ');
    const [card] = await waitForLayer(page, '[data-replyguard-card]');
    expect(card).toBeTruthy();
    // The card takes focus once it has rendered: wait for it rather than read it once.
    await page.waitFor(
      () =>
        document
          .querySelector('replyguard-ui')
          ?.shadowRoot?.activeElement?.hasAttribute('data-replyguard-fix') === true,
      undefined,
      { what: 'focus on the card fix button' },
    );
    await page.keyboard.press('Escape');
    await waitForNoLayer(page, '[data-replyguard-card]');
    await page.waitFor(() => document.activeElement?.tagName === 'TEXTAREA', undefined, {
      what: 'focus back in the editor',
    });
    expect(await appText(page)).toBe(BLOCKED_REPLY);
    // A card shown by hover closes with Escape too, while the caret stays in the reply box.
    const [mark] = await layerQuery(page, '[data-finding]');
    await page.move(mark!.rect.left + mark!.rect.width / 2, mark!.rect.top + mark!.rect.height / 2);
    await waitForLayer(page, '[data-replyguard-card]');
    await page.keyboard.press('Escape');
    await waitForNoLayer(page, '[data-replyguard-card]');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await appText(page)).toBe(BLOCKED_REPLY);
    await page.close();
  });

  it('opens the card with the shortcut the agent set in the options', async () => {
    const options = await browser().openExtensionPage('options.html#general');
    await options.waitFor(() => !!document.querySelector('[data-setting="cardKey"]'), undefined, {
      what: 'the shortcut field',
    });
    const setShortcut = async (modifiers: string[], key: string, want: string) => {
      await options.clickSelector('[data-setting="cardKey"]');
      await chord(options, modifiers, key);
      await options.waitFor(
        (value) => document.querySelector<HTMLInputElement>('[data-setting="cardKey"]')?.value === value,
        want,
        { what: `the shortcut field to show ${want}` },
      );
    };
    // A key without Ctrl, Alt or Command is refused with a message; the setting stays.
    await options.clickSelector('[data-setting="cardKey"]');
    await chord(options, null, 'KeyQ');
    await options.waitFor(() => !!document.querySelector('[data-options="general"] [role="alert"]'));
    await setShortcut(['Control', 'Alt'], 'KeyK', 'Ctrl+Alt+K');

    const page = await browser().openPortal('shopee');
    await focusEditor(page, 'shopee');
    await typeReply(page, BLOCKED_REPLY);
    await waitForLayer(page, '[data-finding]');
    // The old chord is no longer ReplyGuard's: it reaches the page (the card key would stop it).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as never as { __keys: string[] }).__keys = seen;
      document.addEventListener('keydown', (event) => event.altKey && seen.push(event.code));
    });
    await chord(page, ['Alt', 'Shift'], 'KeyJ');
    await page.waitFor(() => (window as never as { __keys: string[] }).__keys.includes('KeyJ'), undefined, {
      what: 'Alt+Shift+J to reach the page',
    });
    expect(await layerQuery(page, '[data-replyguard-card]')).toEqual([]);
    await chord(page, ['Control', 'Alt'], 'KeyK');
    await waitForLayer(page, '[data-replyguard-card]');
    await page.keyboard.press('Escape');
    await waitForNoLayer(page, '[data-replyguard-card]');
    await page.close();

    await setShortcut(['Alt', 'Shift'], 'KeyJ', 'Alt+Shift+J');
    await options.close();
  });

  it('does not lint while an IME composes, and lints once it ends', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#replyTextarea')!;
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      set.call(area, '加我微信 abc_123');
      area.dispatchEvent(
        new InputEvent('input', {
          bubbles: true,
          isComposing: true,
          inputType: 'insertCompositionText',
          data: '加我微信',
        }),
      );
    });
    // The focus above starts loading the engine, so the composition usually begins while it loads: the
    // session must keep it when it arrives. Input events are handled while they are dispatched and a
    // short reply is linted at once; the page status publishes on the next frame. Two frames on, no
    // lint has read the composing text (another lint, of the still empty editor, may have been
    // published meanwhile: the length tells them apart).
    await page.waitFor(
      () => document.querySelector('replyguard-ui')?.getAttribute('data-engine') === 'ready',
      undefined,
      {
        what: 'the engine to load',
      },
    );
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect((await lintState(page)).length, 'no lint read the composing text').toBe(0);
    expect(await layerQuery(page, '[data-finding]')).toEqual([]);
    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#replyTextarea')!;
      // The IME commits its text as the composition ends (the app may have re-rendered meanwhile).
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      set.call(area, '加我微信 abc_123');
      area.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '加我微信' }));
    });
    await waitForLayer(page, '[data-finding][data-severity="block"]');
    await page.close();
  });

  it('lints and guards an editor no selector knows (generic path: focus + a "发送" button nearby)', async () => {
    const page = await browser().openPortal('pinduoduo');
    await page.evaluate(() => {
      const editor = document.createElement('div');
      editor.id = 'new-editor';
      editor.contentEditable = 'true';
      editor.style.cssText = 'width:400px;min-height:60px;border:1px solid #999;font:14px/1.5 sans-serif';
      const send = document.createElement('button');
      send.id = 'new-send';
      send.type = 'button';
      send.textContent = '发送';
      send.addEventListener('click', () => {
        (window as never as { fixture: { sent: string[] } }).fixture.sent.push(editor.textContent ?? '');
      });
      document.body.prepend(editor, send);
    });
    await page.clickSelector('#new-editor');
    await typeReply(page, BLOCKED_REPLY);
    const marks = await waitForLayer(page, '[data-finding][data-severity="block"]');
    const box = await page.evaluate(() => {
      const r = document.querySelector('#new-editor')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    for (const mark of marks) {
      expect(mark.rect.top).toBeGreaterThanOrEqual(box.top - 1);
      expect(mark.rect.bottom).toBeLessThanOrEqual(box.bottom + 1);
    }
    await page.clickSelector('#new-send');
    await waitForLayer(page, '[data-replyguard-dialog="send-guard"]');
    expect(
      await page.evaluate(() => (window as never as { fixture: { sent: string[] } }).fixture.sent),
    ).toEqual([]);
    await page.close();
  });

  it('marks and fixes a contenteditable inside an open shadow root', async () => {
    const page = await browser().openPortal('pinduoduo');
    await page.evaluate(() => {
      const host = document.createElement('x-editor');
      host.id = 'shadow-host';
      host.style.cssText = 'position:fixed;top:10px;left:10px;z-index:10;background:#fff';
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      editor.style.cssText = 'width:420px;min-height:60px;border:1px solid #999;font:14px/1.5 sans-serif';
      host.attachShadow({ mode: 'open' }).append(editor);
      document.body.prepend(host);
    });
    await page.clickSelector('#shadow-host');
    await typeReply(page, BLOCKED_REPLY);
    const [mark] = await waitForLayer(page, '[data-finding][data-severity="block"]');
    const text = () =>
      page.evaluate(() =>
        (document.querySelector('#shadow-host')!.shadowRoot!.firstElementChild!.textContent ?? '').replace(
          /\u00a0/g,
          ' ',
        ),
      );
    expect(await text()).toBe(BLOCKED_REPLY);
    await page.move(mark!.rect.left + mark!.rect.width / 2, mark!.rect.top + mark!.rect.height / 2);
    await waitForLayer(page, '[data-replyguard-card]');
    const [fix] = await layerQuery(page, '[data-replyguard-fix]');
    const start = Number(mark!.data.start);
    const end = Number(mark!.data.end);
    await clickInLayer(page, '[data-replyguard-fix]');
    await waitForNoLayer(page, '[data-replyguard-card]');
    expect(await text()).toBe(
      BLOCKED_REPLY.slice(0, start) + (fix!.data.fixText ?? '') + BLOCKED_REPLY.slice(end),
    );
    await page.close();
  });

  it('follows the Walmart editor across SPA route changes', async () => {
    const page = await browser().openPortal('walmart');
    await focusEditor(page, 'walmart');
    await typeReply(page, BLOCKED_REPLY);
    await waitForLayer(page, '[data-finding]');
    // Back to the list (the editor goes away), then another thread (a new editor element).
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-automation-id="back"]')!.click());
    await waitForNoLayer(page, '[data-finding]');
    await page.evaluate(() =>
      document.querySelectorAll<HTMLElement>('[data-automation-id="thread-row"]')[1]!.click(),
    );
    await page.waitFor(() => !!document.querySelector('[data-automation-id="reply-textarea"]'));
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('[data-automation-id="reply-textarea"]')!.focus(),
    );
    await typeReply(page, BLOCKED_REPLY);
    const marks = await waitForLayer(page, '[data-finding]');
    const box = await editorBox(page, 'walmart');
    for (const mark of marks) expect(mark.rect.top).toBeGreaterThanOrEqual(box.top - 1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
