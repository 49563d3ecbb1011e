import type { PortalModule } from './types';

/**
 * AliExpress seller messages (msg.aliexpress.com/sellerMsgListNew.htm, opened from gsp.aliexpress.com).
 * Public automation shows an Alibaba-family IM (`#_lzd-im-container`, `im-*` classes): an autosizing
 * textarea and a send control next to it (a button or a paper-plane icon). See docs/portals.md.
 */
export const aliexpress: PortalModule<'aliexpress'> = {
  platform: 'aliexpress',
  hosts: ['gsp.aliexpress.com', 'msg.aliexpress.com'],
  examples: [
    'https://msg.aliexpress.com/',
    'https://msg.aliexpress.com/sellerMsgListNew.htm?orderId=8123456789012345',
    'https://gsp.aliexpress.com/m_apps/message-center/im',
  ],
  isChatPage: (url) =>
    url.hostname === 'msg.aliexpress.com' ||
    (url.hostname === 'gsp.aliexpress.com' && /message|\/im\b/.test(url.pathname)),
  sendKeys: ['Enter'],
  selectors: {
    editor: [
      '#_lzd-im-container textarea',
      '.im-message-input-input-wrap textarea',
      'textarea.message-fields__autosize',
    ],
    sendButton: ['.im-icon-paper-plane', '.im-message-input-footer-right a', '.im-send-btn'],
    messageList: ['.im-message-list'],
    messages: ['.im-message-item'],
    buyerMessage: ['.im-message-item:not(.self)'],
    agentMessage: ['.im-message-item.self'],
    messageText: ['.im-message-item-content'],
    conversationList: ['.im-session-list'],
    conversationItem: ['.im-session-item'],
    activeConversation: ['.im-session-item.selected'],
    conversationIdAttr: ['data-session-id'],
    conversationBuyer: ['.im-session-item-name-content b', '.im-session-name'],
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
