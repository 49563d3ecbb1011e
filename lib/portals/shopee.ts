import { withTlds } from './host-list';
import type { PortalModule } from './types';

/**
 * Shopee Seller Centre chat (聊聊 / webchat, also /new-webchat): React, hashed class names, stable
 * `data-cy` hooks, ReactVirtualized lists. The send control is an icon (`<i>`) with no stable
 * attribute; Enter sends. See docs/portals.md for the sources.
 */
export const shopee: PortalModule<'shopee'> = {
  platform: 'shopee',
  hosts: [
    'seller.shopee.cn',
    ...withTlds('seller.shopee', [
      'sg',
      'com.my',
      'co.th',
      'tw',
      'co.id',
      'vn',
      'ph',
      'com.br',
      'com.mx',
      'com.co',
      'cl',
    ]),
    'banhang.shopee.vn',
  ],
  examples: [
    'https://seller.shopee.cn/webchat/conversations',
    'https://seller.shopee.com.my/webchat/conversations/123',
    'https://banhang.shopee.vn/webchat/conversations',
    'https://banhang.shopee.vn/new-webchat/conversations',
    'https://seller.shopee.co.th/webchat/conversations?conversation_id=1',
  ],
  isChatPage: (url) => /(^|\.)shopee\./.test(url.hostname) && /^\/(new-)?webchat\b/.test(url.pathname),
  sendKeys: ['Enter'],
  selectors: {
    editor: [
      '[data-cy="webchat-conversation-detail-input"] textarea',
      '[data-cy="webchat-conversation-detail-input"] [contenteditable="true"]',
      'textarea[placeholder*="Type a message"]',
    ],
    // No stable hook on the send icon was found (automation clicks the <i> at the textarea's
    // bottom right through React's handler); the generic send finder has to catch it.
    messageList: ['#message-virtualized-list', '[data-cy="webchat-conversation-detail-message-container"]'],
    messages: [
      '[data-cy="webchat-message-receive"], [data-cy="webchat-message-send"], [data-cy="webchat-message-system"]',
    ],
    buyerMessage: ['[data-cy="webchat-message-receive"]'],
    agentMessage: ['[data-cy="webchat-message-send"]'],
    messageText: ['pre'],
    conversationList: ['[data-cy="webchat-conversation-list"]'],
    conversationItem: ['[data-cy^="webchat-conversation-cell-root"]'],
    activeConversation: ['[data-cy="webchat-conversation-cell-root-current"]'],
    conversationIdAttr: ['data-conversation-id'],
    conversationBuyer: ['[title]'],
    conversationTime: ['[data-cy="conversation-time"]', 'time'],
    conversationAwaiting: ['[data-cy="unreplied"]'],
    buyerName: ['[data-cy="chat-header-name"]'],
    orderId: ['[data-cy="order-sn"]'],
    trackingNumber: ['[data-cy="tracking-number"]'],
    carrier: ['[data-cy="carrier"]'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
