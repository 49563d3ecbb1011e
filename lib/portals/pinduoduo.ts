import type { PortalModule } from './types';

/** Pinduoduo merchant chat (mms.pinduoduo.com/chat-merchant): a Vue app; Enter sends. */
export const pinduoduo: PortalModule<'pinduoduo'> = {
  platform: 'pinduoduo',
  hosts: ['mms.pinduoduo.com'],
  examples: [
    'https://mms.pinduoduo.com/chat-merchant/index.html#/',
    'https://mms.pinduoduo.com/chat-merchant/index.html?r=0.5#/chat/12345',
  ],
  isChatPage: (url) =>
    url.hostname === 'mms.pinduoduo.com' && /^\/(chat-merchant|mms-chat)\b/.test(url.pathname),
  sendKeys: ['Enter'],
  selectors: {
    editor: ['textarea#replyTextarea', '.chat-editor textarea'],
    sendButton: ['.send-btn', 'button.send'],
    messageList: ['.chat-message-list', '.msg-list'],
    conversationList: ['.chat-list', '.conversation-list'],
    conversationItem: ['.chat-list .chat-item', '.conversation-list [data-uid]'],
    activeConversation: ['.chat-item.active', '[data-uid].active'],
    conversationIdAttr: ['data-uid'],
    conversationBuyer: ['.chat-nickname', '.nickname'],
    conversationTime: ['.chat-time', 'time'],
    conversationAwaiting: ['.chat-unreplied', '.unreplied'],
    buyerName: ['.chat-header .buyer-name'],
    orderId: ['.order-card [data-order-sn]', '.order-sn'],
    trackingNumber: ['.order-card .tracking-no'],
    carrier: ['.order-card .carrier'],
  },
  // Beijing time on the page; buyers read Chinese.
  timeZone: 'Asia/Shanghai',
  buyerLocale: 'zh-CN',
};
