import { describe, expect, it } from 'vitest';
import type { E2EPage } from './harness';
import { BROWSERS } from './harness';
import { BLOCKED_REPLY, type EditorPortal, pressSend, waitForLayer } from './overlay-helpers';
import { appText, focusEditor, sentReplies } from './portal-editors';
import { useBrowser } from './use-browser';

const DIALOG = '[data-replyguard-dialog="send-guard"]';

/**
 * Puts a whole reply in the editor in one input, as a paste does: the page's own editor code receives it
 * (the agent's paste is not ReplyGuard's to make; the send that follows is real input).
 */
function paste(page: E2EPage, portal: EditorPortal, text: string): Promise<void> {
  return page.evaluate(
    ({ name, reply }) => {
      const box =
        name === 'amazon'
          ? document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!
          : document.activeElement;
      if (box instanceof HTMLTextAreaElement) {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, reply);
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      } else if (box instanceof HTMLElement) {
        // A Draft-style editor applies the paste to its model from beforeinput (and cancels it).
        const init = { inputType: 'insertFromPaste', data: reply, bubbles: true, cancelable: true };
        if (box.dispatchEvent(new InputEvent('beforeinput', init)))
          document.execCommand('insertText', false, reply);
      }
    },
    { name: portal, reply: text },
  );
}

/** The lint engine's state on the layer: absent before the first focus, `loading`, then `ready`. */
const engineState = (page: E2EPage) =>
  page.evaluate(() => document.querySelector('replyguard-ui')?.getAttribute('data-engine') ?? 'absent');

describe.each(BROWSERS)('a send on a freshly loaded page (%s)', (name) => {
  const browser = useBrowser(name);

  // The engine loads on the first focus; a reply pasted and sent at once must wait for it, not go out.
  it.each(['pinduoduo', 'tiktok', 'amazon'] as const)(
    'on %s: paste a fined reply and send at once; the guard stops it',
    async (portal) => {
      const page = await browser().openPortal(portal);
      expect(await engineState(page)).toBe('absent');
      await focusEditor(page, portal);
      await paste(page, portal, BLOCKED_REPLY);
      await pressSend(page, portal);
      const [dialog] = await waitForLayer(page, DIALOG);
      expect(dialog!.text).toMatch(/WhatsApp|415/);
      expect(await sentReplies(page)).toEqual([]);
      expect((await appText(page)).replace(/\u00a0/g, ' ')).toBe(BLOCKED_REPLY);
      expect(await engineState(page)).toBe('ready');
      await page.close();
    },
  );

  it("loads the engine and guards under the page's own strict CSP", async () => {
    // Portals send a Content-Security-Policy; the loader's import of its own module must not depend on it.
    browser().server.routes.push((req, res) => {
      if (req.url?.includes('csp=strict'))
        res.setHeader('content-security-policy', "script-src 'self' 'unsafe-inline'; object-src 'none'");
      return false;
    });
    const page = await browser().openPortal('pinduoduo', { query: { csp: 'strict' } });
    // The policy is in force: a script from another origin is refused.
    const refused = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const script = document.createElement('script');
          script.src = 'https://elsewhere.invalid/x.js';
          script.onerror = () => setTimeout(() => resolve(false), 200);
          document.head.append(script);
        }),
    );
    expect(refused, "the page's CSP refuses a script from elsewhere").toBe(true);
    await focusEditor(page, 'pinduoduo');
    await paste(page, 'pinduoduo', BLOCKED_REPLY);
    await pressSend(page, 'pinduoduo');
    await waitForLayer(page, DIALOG);
    expect(await sentReplies(page)).toEqual([]);
    expect(await engineState(page)).toBe('ready');
    await page.close();
  });

  it("the browser's template shortcut before any focus loads the editing features and opens the picker", async () => {
    const page = await browser().openPortal('pinduoduo');
    expect(await engineState(page)).toBe('absent');
    // What the background does on the browser's command (lib/background/core.ts): message the tab.
    const extension = await browser().openExtensionPage('options.html');
    const answers = await extension.evaluate(async () => {
      type Tabs = {
        tabs: {
          query(q: object): Promise<Array<{ id?: number }>>;
          sendMessage(id: number, message: unknown): Promise<unknown>;
        };
      };
      const scope = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
      const api = (scope.browser ?? scope.chrome)!;
      const tabs = await api.tabs.query({});
      const message = { type: 'templates.openPicker', payload: {} };
      return Promise.all(tabs.map((tab) => api.tabs.sendMessage(tab.id!, message).catch(() => null)));
    });
    await extension.close();
    expect(answers).toContainEqual({ ok: true, value: true });
    await page.waitFor(() => document.querySelector('replyguard-ui')?.getAttribute('data-picker') === 'open');
    expect(await engineState(page)).toBe('ready');
    await page.close();
  });

  it('a page whose reply box the agent never touches never loads the engine', async () => {
    const page = await browser().openPortal('pinduoduo');
    // The page is used without touching a reply box: the conversation list, a scroll.
    await page.clickSelector('li.chat-item');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await engineState(page)).toBe('absent');
    await page.close();
  });
});
