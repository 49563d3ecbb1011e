import { describe, expect, it } from 'vitest';
import { PORTAL_LIST } from '@/lib/portals/registry';
import type { Selectors } from '@/lib/portals/selectors';
import { BROWSERS, type E2EPage, readUntil } from './harness';
import { CLEAN_REPLY, EDITOR_PORTALS, type EditorPortal, pressSend, typeReply } from './overlay-helpers';
import { focusEditor, openWalmartThread } from './portal-editors';
import { useBrowser } from './use-browser';

interface Message {
  who: 'buyer' | 'agent' | 'both' | 'other';
  text: string;
}

/** The open conversation's messages, read with the portal module's own selectors only. */
function readMessages(page: E2EPage, selectors: Selectors): Promise<Message[]> {
  return page.evaluate((sel) => {
    const all = (root: ParentNode, list: string[] | undefined) => {
      for (const selector of list ?? []) {
        const found = [...root.querySelectorAll(selector)];
        if (found.length) return found;
      }
      return [];
    };
    const has = (el: Element, list: string[] | undefined) =>
      (list ?? []).some((selector) => el.matches(selector) || !!el.querySelector(selector));
    return all(document, sel.messages).map((el) => {
      const buyer = has(el, sel.buyerMessage);
      const agent = has(el, sel.agentMessage);
      const textEl = (sel.messageText ?? []).some((s) => el.matches(s))
        ? el
        : (all(el, sel.messageText)[0] ?? el);
      return {
        who: buyer && agent ? 'both' : buyer ? 'buyer' : agent ? 'agent' : 'other',
        text: (textEl.textContent ?? '').replace(/\s+/g, ' ').trim(),
      } as const;
    });
  }, selectors);
}

describe.each(BROWSERS)('message lists (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(EDITOR_PORTALS)(
    "tells the buyer's messages from the agent's on %s with the module's selectors",
    async (portal: EditorPortal) => {
      const selectors = PORTAL_LIST.find((module) => module.platform === portal)!.selectors;
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      const before = await readMessages(page, selectors);
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((message) => message.who === 'buyer')).toBe(true);
      expect(before.at(-1)!.text.length).toBeGreaterThan(0);

      await typeReply(page, CLEAN_REPLY);
      await pressSend(page, portal);
      await page.waitFor(() => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0);
      if (portal === 'walmart') await openWalmartThread(page);
      const after = await readUntil(
        () => readMessages(page, selectors),
        (messages) => messages.length > before.length,
        5_000,
      );
      expect(after.map((message) => message.who)).toEqual([...before.map(() => 'buyer'), 'agent']);
      expect(after.at(-1)!.text).toContain(CLEAN_REPLY);
      expect(after.filter((message) => message.who === 'buyer').at(-1)!.text).toBe(before.at(-1)!.text);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );
});
