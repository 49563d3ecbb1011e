import { withTlds } from './host-list';
import type { PortalModule } from './types';

/** Lazada Seller Center IM. Selectors are best guesses until a fixture is built; the generic path covers it. */
export const lazada: PortalModule<'lazada'> = {
  platform: 'lazada',
  hosts: withTlds('sellercenter.lazada', ['sg', 'com.my', 'co.th', 'co.id', 'vn', 'com.ph']),
  examples: [
    'https://sellercenter.lazada.sg/apps/im/chat',
    'https://sellercenter.lazada.co.th/apps/im/window',
  ],
  isChatPage: (url) => /^sellercenter\.lazada\./.test(url.hostname) && /\/im\b|\/chat\b/.test(url.pathname),
  sendKeys: ['Enter'],
  selectors: {
    editor: ['.im-input textarea', '.chat-input textarea'],
    sendButton: ['.im-send', '.chat-send'],
    conversationItem: ['.session-item'],
    conversationIdAttr: ['data-session-id'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
