/**
 * The open conversation's messages, read with the portal's selectors (`messages`, `buyerMessage`,
 * `agentMessage`, `messageText`; docs/portals.md), and what features take from them: the buyer's last
 * message (suggestions, the buyer's language) and the agent's recent ones (contacts split over messages).
 * A selector a browser cannot parse is skipped; nothing here throws.
 */
import type { Selectors } from './selectors';

export interface ChatMessage {
  who: 'buyer' | 'agent' | 'other';
  text: string;
}

function all(root: ParentNode, list: readonly string[] | undefined): Element[] {
  for (const selector of list ?? []) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length) return [...found];
    } catch {
      // a pack's selector this browser cannot parse
    }
  }
  return [];
}

function has(el: Element, list: readonly string[] | undefined): boolean {
  return (list ?? []).some((selector) => {
    try {
      return el.matches(selector) || el.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every message of the open conversation, oldest first; empty when the portal declares no message selectors. */
export function readMessages(root: ParentNode, selectors: Selectors, max = 50): ChatMessage[] {
  const elements = all(root, selectors.messages).slice(-max);
  return elements.map((el) => {
    const buyer = has(el, selectors.buyerMessage);
    const agent = has(el, selectors.agentMessage);
    const textEl = (selectors.messageText ?? []).some((s) => {
      try {
        return el.matches(s);
      } catch {
        return false;
      }
    })
      ? el
      : (all(el, selectors.messageText)[0] ?? el);
    return {
      who: buyer && !agent ? 'buyer' : agent && !buyer ? 'agent' : 'other',
      text: clean(textEl.textContent),
    };
  });
}

/** The buyer's last message, if the page shows one. */
export function lastBuyerMessage(messages: readonly ChatMessage[]): string | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.who === 'buyer' && message.text) return message.text;
  }
  return undefined;
}

/**
 * The agent's own recent messages, oldest first: at most `count` of the agent's messages among the last
 * `within` messages of the conversation (older ones are not part of what is being typed now).
 */
export function recentAgentMessages(messages: readonly ChatMessage[], count = 3, within = 6): string[] {
  return messages
    .slice(-within)
    .filter((message) => message.who === 'agent' && message.text)
    .slice(-count)
    .map((message) => message.text);
}

/** The buyer's country as the page shows it (`buyerCountry` selectors), if it does. */
export function readBuyerCountry(root: ParentNode, selectors: Selectors): string | undefined {
  const el = all(root, selectors.buyerCountry)[0];
  return clean(el?.getAttribute('data-country') ?? el?.textContent) || undefined;
}
