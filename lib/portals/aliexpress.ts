import type { PortalModule } from './types';

/** AliExpress message centre (msg.aliexpress.com, gsp.aliexpress.com): a rich contenteditable editor. */
export const aliexpress: PortalModule<'aliexpress'> = {
  platform: 'aliexpress',
  hosts: ['gsp.aliexpress.com', 'msg.aliexpress.com'],
  examples: ['https://msg.aliexpress.com/', 'https://gsp.aliexpress.com/m_apps/message-center/im'],
  isChatPage: (url) =>
    url.hostname === 'msg.aliexpress.com' ||
    (url.hostname === 'gsp.aliexpress.com' && /message|\/im\b/.test(url.pathname)),
  sendKeys: ['Enter'],
  selectors: {
    editor: ['.im-editor [contenteditable="true"]', '[data-role="im-editor"]'],
    sendButton: ['.im-send-btn', 'button[data-role="send"]'],
    messageList: ['.im-message-list'],
    conversationList: ['.im-session-list'],
    conversationItem: ['.im-session-item'],
    activeConversation: ['.im-session-item.selected'],
    conversationIdAttr: ['data-session-id'],
    conversationBuyer: ['.im-session-name'],
    conversationTime: ['.im-session-time'],
    conversationAwaiting: ['.im-session-unreplied'],
    buyerName: ['.im-chat-header .buyer-name'],
    orderId: ['.im-order-card .order-id'],
    trackingNumber: ['.im-order-card .tracking-number'],
    carrier: ['.im-order-card .carrier'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
