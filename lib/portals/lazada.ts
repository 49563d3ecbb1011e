import { withTlds } from './host-list';
import type { PortalModule } from './types';

/**
 * Lazada Seller Center IM (sellercenter.lazada.<tld>/apps/im/...): one tab per market. A public
 * userscript sends by clicking the paper-plane icon (`.im-icon-paper-plane`, not a button) and finds
 * unread rows by `.content .badge`; messages are `.message-row`. See docs/portals.md.
 */
export const lazada: PortalModule<'lazada'> = {
  platform: 'lazada',
  hosts: withTlds('sellercenter.lazada', ['sg', 'com.my', 'co.th', 'co.id', 'vn', 'com.ph']),
  examples: [
    'https://sellercenter.lazada.sg/apps/im/chat',
    'https://sellercenter.lazada.co.th/apps/im/window',
    'https://sellercenter.lazada.com.my/apps/im/chat?spm=a1zawf.24863640',
  ],
  isChatPage: (url) => /^sellercenter\.lazada\./.test(url.hostname) && /\/im\b|\/chat\b/.test(url.pathname),
  sendKeys: ['Enter'],
  selectors: {
    editor: ['#_lzd-im-container textarea', '.im-input textarea', '.chat-input textarea'],
    sendButton: ['.im-icon-paper-plane', '.im-send', '.chat-send'],
    messageList: ['.message-list'],
    messages: ['.message-row'],
    buyerMessage: ['.message-row:not(.self)'],
    agentMessage: ['.message-row.self'],
    messageText: ['.message-text'],
    conversationList: ['.session-list'],
    conversationItem: ['.session-item'],
    activeConversation: ['.session-item.selected'],
    conversationIdAttr: ['data-session-id'],
    conversationBuyer: ['.content .title'],
    conversationTime: ['.time'],
    /** The unread count badge; the nearest thing to "awaiting a reply" the page is known to show. */
    conversationAwaiting: ['.content .badge'],
    buyerName: ['.im-chat-header .buyer-name'],
    orderId: ['.order-card .order-number'],
    trackingNumber: ['.order-card .tracking-number'],
    carrier: ['.order-card .shipping-provider'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
