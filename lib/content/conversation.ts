import { detectLanguage } from '@/lib/buyer/language';
import {
  lastBuyerMessage,
  readBuyerCountry,
  readMessages,
  recentAgentMessages,
} from '@/lib/portals/messages';
import type { Selectors } from '@/lib/portals/selectors';
import type { Observable } from './env';

/** What the open conversation shows about the buyer and the agent's recent messages. */
export interface Conversation {
  buyerLast?: string;
  /** The language of the buyer's last message (BCP 47), when it says enough. */
  buyerLanguage?: string;
  /** The agent's own last few messages, oldest first (contacts split over messages). */
  agentRecent: string[];
  /** The buyer's country as the page shows it. */
  pageCountry?: string;
}

/**
 * Reads the open conversation from the page with the portal's selectors, at most once per `ttl` ms
 * (the session asks on every keystroke; the message list changes far less often).
 */
export function conversationReader(
  rules: Observable<{ selectors: Selectors }>,
  ttl = 300,
  doc: Document = document,
): () => Conversation {
  let at = -Infinity;
  let last: Conversation = { agentRecent: [] };
  return () => {
    const now = performance.now();
    if (now - at < ttl) return last;
    at = now;
    try {
      const { selectors } = rules.get();
      const messages = readMessages(doc, selectors);
      const buyerLast = lastBuyerMessage(messages);
      last = {
        buyerLast,
        buyerLanguage: buyerLast ? detectLanguage(buyerLast) : undefined,
        agentRecent: recentAgentMessages(messages),
        pageCountry: readBuyerCountry(doc, selectors),
      };
    } catch (error) {
      console.debug('[ReplyGuard] conversation not read', error);
      last = { agentRecent: [] };
    }
    return last;
  };
}
