import type { PortalModule } from './types';

/** Amazon Seller Central buyer-seller messaging: Katal web components (kat-textarea, open shadow roots). */
export const amazon: PortalModule = {
  platform: 'amazon',
  examples: [
    'https://sellercentral.amazon.com/messaging/inbox',
    'https://sellercentral.amazon.co.uk/messaging/reply?threadId=1',
    'https://sellercentral-europe.amazon.com/messaging/inbox',
  ],
  isChatPage: (url) =>
    /^sellercentral(-\w+)?\.amazon\./.test(url.hostname) && url.pathname.startsWith('/messaging'),
  sendKeys: [],
  selectors: {
    editor: ['kat-textarea[name="reply"]', 'kat-textarea'],
    sendButton: ['kat-button[data-test-id="send-reply"]', 'kat-button[label="Send"]'],
    messageList: ['.thread-messages'],
    conversationList: ['.thread-list'],
    conversationItem: ['.thread-list [data-thread-id]'],
    activeConversation: ['.thread-list [data-thread-id].selected'],
    conversationIdAttr: ['data-thread-id'],
    conversationBuyer: ['.buyer-name'],
    conversationTime: ['time'],
    conversationAwaiting: ['.needs-reply'],
    buyerName: ['.thread-header .buyer-name'],
    orderId: ['.order-id'],
    trackingNumber: ['.tracking-id'],
    carrier: ['.carrier'],
  },
};
