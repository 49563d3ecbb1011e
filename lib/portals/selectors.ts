import { z } from 'zod';

const List = z.array(z.string().min(1)).optional();

/**
 * CSS selectors a portal module reads the page with; packs may override any list (first match wins).
 * Item-scoped selectors (`conversation*`) are looked up inside a `conversationItem`, message-scoped
 * ones (`buyerMessage`, `agentMessage`, `messageText`) inside a `messages` element.
 */
export const SelectorsSchema = z.object({
  /** The reply editor: textarea, contenteditable, or a host whose open shadow root holds one. */
  editor: List,
  sendButton: List,
  /** The open conversation's message list (the scrolling container). */
  messageList: List,
  /** Each message of the open conversation, oldest first (any sender). */
  messages: List,
  /** Inside a message (or the message itself): present when the buyer wrote it. */
  buyerMessage: List,
  /** Inside a message (or the message itself): present when the shop's agent wrote it. */
  agentMessage: List,
  /** Inside a message: the element holding its text (defaults to the whole message). */
  messageText: List,
  conversationList: List,
  conversationItem: List,
  /** The item of the open conversation. */
  activeConversation: List,
  /** Inside an item: the element holding the conversation id (in `conversationIdAttr`). */
  conversationIdAttr: z.array(z.string().min(1)).optional(),
  conversationBuyer: List,
  /** Inside an item: the time of the last message (a `datetime`/`data-time` attribute or text). */
  conversationTime: List,
  /** Inside an item: present while the last message is the buyer's and unanswered. */
  conversationAwaiting: List,
  /** On the page: the buyer's country (an ISO code or English name, as text or `data-country`). */
  buyerCountry: List,
  /** On the page: the open conversation's buyer name, order id, tracking number. */
  buyerName: List,
  orderId: List,
  trackingNumber: List,
  carrier: List,
});
export type Selectors = z.infer<typeof SelectorsSchema>;
export type SelectorKey = keyof Selectors;

/** Pack selectors replace a module's default list key by key. */
export function mergeSelectors(defaults: Selectors, ...overrides: Array<Selectors | undefined>): Selectors {
  const merged: Selectors = { ...defaults };
  for (const override of overrides) {
    if (!override) continue;
    for (const [key, list] of Object.entries(override) as Array<[keyof Selectors, string[] | undefined]>) {
      if (list?.length) merged[key] = list;
    }
  }
  return merged;
}
