import type { PortalModule } from './types';

/**
 * Pinduoduo merchant chat (mms.pinduoduo.com/chat-merchant): a Vue 2 app; Enter sends. Structure as
 * seen by public automation of the live page (docs/portals.md): rows `li.chat-item >
 * .chat-item-box[data-random="<uid>-0-<group>"]`, messages `li.onemsg` with `.buyer-item` / `.cs-item`,
 * reply box `textarea#replyTextarea`, send control `div.send-btn` (a div, not a button).
 */
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
    editor: ['textarea#replyTextarea', '.reply-box textarea'],
    sendButton: ['.reply-box .send-btn', '.send-btn'],
    messageList: ['#msgListContainer', '.history-box'],
    messages: ['#msgListContainer li.onemsg'],
    buyerMessage: ['.buyer-item'],
    agentMessage: ['.cs-item'],
    messageText: ['.msg-content-box'],
    conversationList: ['ul:has(> li.chat-item)', '.chat-list'],
    conversationItem: ['.chat-item-box[data-random]', 'li.chat-item'],
    activeConversation: ['.chat-item-box.active'],
    conversationIdAttr: ['data-random'],
    conversationBuyer: ['.nickname-span', '.chat-nickname'],
    conversationTime: ['.item-note', '.chat-time'],
    /** `.chat-unreply-time` counts down to the reply deadline, `.chat-unreply-over-time` is past it. */
    conversationAwaiting: ['.chat-unreply-time, .chat-unreply-over-time'],
    buyerName: ['.chatWindowHeader .base-info .name'],
    orderId: ['.order-card [data-order-sn]', '.order-sn'],
    trackingNumber: ['.order-card .tracking-no'],
    carrier: ['.order-card .carrier'],
  },
  // Beijing time on the page; buyers read Chinese.
  timeZone: 'Asia/Shanghai',
  buyerLocale: 'zh-CN',
};
