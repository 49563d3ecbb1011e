import type { PortalModule } from './types';

/** TikTok Shop Seller Center customer-service chat. Selectors are best guesses; the generic path covers it. */
export const tiktok: PortalModule<'tiktok'> = {
  platform: 'tiktok',
  hosts: [
    ...['us', 'uk', 'id', 'my', 'th', 'vn', 'ph', 'sg', 'mx', 'br', 'es', 'de', 'fr', 'it', 'jp'].map(
      (site) => `seller-${site}.tiktok.com`,
    ),
    'seller.tiktokshopglobalselling.com',
    'seller.tiktokglobalshop.com',
  ],
  examples: ['https://seller-us.tiktok.com/chat', 'https://seller.tiktokshopglobalselling.com/im/chat'],
  isChatPage: (url) =>
    (/^seller-[a-z]+\.tiktok\.com$/.test(url.hostname) ||
      /^seller\.tiktok(shopglobalselling|globalshop)\.com$/.test(url.hostname)) &&
    /\/chat\b|\/im\b|customer/.test(url.pathname),
  sendKeys: ['Enter'],
  selectors: {
    editor: ['textarea[data-e2e="chat-input"]', '[data-e2e="chat-input"] [contenteditable="true"]'],
    sendButton: ['[data-e2e="chat-send"]'],
    conversationItem: ['[data-e2e="conversation-item"]'],
    conversationIdAttr: ['data-conversation-id'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
