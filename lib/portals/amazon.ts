import { withTlds } from './host-list';
import type { PortalModule } from './types';

/**
 * Amazon Seller Central buyer-seller messaging: Katal web components (kat-textarea keeps its textarea in
 * an open shadow root; kat-button). The contact-buyer form wraps the editor in `.contact-buyer-text-area`
 * and sends with `kat-button.ayb-contact-form-send-button`; the older inbox listed threads in
 * `#threads-list` (`span.click-thread`, `.thread-buyername`). See docs/portals.md.
 */
export const amazon: PortalModule<'amazon'> = {
  platform: 'amazon',
  hosts: [
    ...withTlds('sellercentral.amazon', [
      'com',
      'ca',
      'com.mx',
      'com.br',
      'co.uk',
      'de',
      'fr',
      'it',
      'es',
      'nl',
      'se',
      'pl',
      'com.be',
      'com.tr',
      'ae',
      'sa',
      'eg',
      'in',
      'co.jp',
      'com.au',
      'sg',
    ]),
    'sellercentral-europe.amazon.com',
    'sellercentral-japan.amazon.com',
  ],
  examples: [
    'https://sellercentral.amazon.com/messaging/inbox',
    'https://sellercentral.amazon.co.uk/messaging/reply?threadId=1',
    'https://sellercentral-europe.amazon.com/messaging/inbox',
    'https://sellercentral.amazon.com/messaging/contact?orderID=112-3456789-1234567&marketplaceID=ATVPDKIKX0DER',
  ],
  isChatPage: (url) =>
    /^sellercentral(-\w+)?\.amazon\./.test(url.hostname) && url.pathname.startsWith('/messaging'),
  sendKeys: [],
  selectors: {
    editor: ['.contact-buyer-text-area kat-textarea', 'kat-textarea[name="reply"]', 'kat-textarea'],
    sendButton: [
      'kat-button.ayb-contact-form-send-button',
      'kat-button[data-test-id="send-reply"]',
      'kat-button[label="Send"]',
    ],
    messageList: ['.thread-messages'],
    messages: ['.thread-messages .thread-message'],
    buyerMessage: ['.thread-message.from-buyer'],
    agentMessage: ['.thread-message.from-seller'],
    messageText: ['.thread-message-body'],
    conversationList: ['#threads-list', '.thread-list'],
    conversationItem: ['#threads-list .click-thread', '.thread-list [data-thread-id]'],
    activeConversation: ['.click-thread.selected', '.thread-list [data-thread-id].selected'],
    conversationIdAttr: ['data-thread-id'],
    conversationBuyer: ['.thread-buyername', '.buyer-name'],
    conversationTime: ['time'],
    conversationAwaiting: ['.needs-reply'],
    buyerName: ['.thread-header .buyer-name'],
    orderId: ['.order-id'],
    trackingNumber: ['.tracking-id'],
    carrier: ['.carrier'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
