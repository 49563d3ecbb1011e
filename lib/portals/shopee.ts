import { withTlds } from './host-list';
import type { PortalModule } from './types';

/** Shopee Seller Centre chat (聊聊 / webchat): React, hashed class names, data-cy hooks, virtualized list. */
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
  ],
  isChatPage: (url) => /(^|\.)shopee\./.test(url.hostname) && url.pathname.startsWith('/webchat'),
  sendKeys: ['Enter'],
  selectors: {
    editor: [
      '[data-cy="chat-input"] textarea',
      'textarea[data-cy="chat-input"]',
      'textarea[placeholder*="Type a message"]',
    ],
    sendButton: ['[data-cy="chat-send"]', 'button[data-cy="send-button"]'],
    messageList: ['[data-cy="message-list"]'],
    conversationList: ['[data-cy="conversation-list"]'],
    conversationItem: ['[data-cy="conversation-item"]'],
    activeConversation: ['[data-cy="conversation-item"][aria-selected="true"]'],
    conversationIdAttr: ['data-conversation-id'],
    conversationBuyer: ['[data-cy="conversation-name"]'],
    conversationTime: ['[data-cy="conversation-time"]'],
    conversationAwaiting: ['[data-cy="unreplied"]'],
    buyerName: ['[data-cy="chat-header-name"]'],
    orderId: ['[data-cy="order-sn"]'],
    trackingNumber: ['[data-cy="tracking-number"]'],
    carrier: ['[data-cy="carrier"]'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
