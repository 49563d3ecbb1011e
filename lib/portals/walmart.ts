import type { PortalModule } from './types';

/**
 * Walmart Seller Center Inbox (envelope icon; Customer and Walmart tabs, unread counts, flags, order
 * details beside a customer message; replies due within 48 h). Walmart documents the Inbox but no
 * public code shows its DOM: these selectors fit the imitation page only. See docs/portals.md.
 */
export const walmart: PortalModule<'walmart'> = {
  platform: 'walmart',
  hosts: ['seller.walmart.com'],
  examples: [
    'https://seller.walmart.com/message-center',
    'https://seller.walmart.com/message-center/thread/789',
  ],
  isChatPage: (url) => url.hostname === 'seller.walmart.com' && /^\/message/.test(url.pathname),
  sendKeys: ['Ctrl+Enter'],
  selectors: {
    editor: ['textarea[data-automation-id="reply-textarea"]', 'textarea[name="reply"]'],
    sendButton: ['button[data-automation-id="send-reply"]'],
    messageList: ['[data-automation-id="thread-messages"]'],
    messages: ['[data-automation-id="thread-message"]'],
    buyerMessage: ['[data-author="customer"]'],
    agentMessage: ['[data-author="seller"]'],
    messageText: ['[data-automation-id="message-body"]'],
    conversationList: ['[data-automation-id="thread-list"]'],
    conversationItem: ['[data-automation-id="thread-row"]'],
    activeConversation: ['[data-automation-id="thread-row"][aria-current="page"]'],
    conversationIdAttr: ['data-thread-id'],
    conversationBuyer: ['[data-automation-id="thread-customer"]'],
    conversationTime: ['time'],
    conversationAwaiting: ['[data-automation-id="needs-response"]'],
    buyerName: ['[data-automation-id="customer-name"]'],
    orderId: ['[data-automation-id="purchase-order-id"]'],
    trackingNumber: ['[data-automation-id="tracking-number"]'],
    carrier: ['[data-automation-id="carrier"]'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
  // Walmart judges the 14-day response rate against 90%.
  responseRate: { days: 14, target: 0.9 },
};
