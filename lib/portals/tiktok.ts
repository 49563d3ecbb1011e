import type { PortalModule } from './types';

/**
 * TikTok Shop Seller Center chat (seller-<market>.tiktok.com/chat/inbox/current): a React app built on
 * ByteDance's `chatd` IM components. Known hooks: rows `[data-testid="chat.chatroom.conversation_card"]`
 * (unread `.p-badge-number`), messages `[data-testid="chat.chatroom.message_card"]` whose bubble is
 * `.chatd-bubble-main--other` (buyer) or `--self` (shop), send `#chat-input-send-button`. The composer
 * (textarea or contenteditable beside the send button) has no known hook. See docs/portals.md.
 */
export const tiktok: PortalModule<'tiktok'> = {
  platform: 'tiktok',
  hosts: [
    ...['us', 'uk', 'id', 'my', 'th', 'vn', 'ph', 'sg', 'mx', 'br', 'es', 'de', 'fr', 'it', 'jp'].map(
      (site) => `seller-${site}.tiktok.com`,
    ),
    'seller.tiktokshopglobalselling.com',
    'seller.tiktokglobalshop.com',
  ],
  examples: [
    'https://seller-us.tiktok.com/chat',
    'https://seller-us.tiktok.com/chat/inbox/current?shop_region=US&lang=en',
    'https://seller-vn.tiktok.com/chat/inbox/current?shop_region=VN&lang=en',
    'https://seller.tiktokshopglobalselling.com/im/chat',
  ],
  isChatPage: (url) =>
    (/^seller-[a-z]+\.tiktok\.com$/.test(url.hostname) ||
      /^seller\.tiktok(shopglobalselling|globalshop)\.com$/.test(url.hostname)) &&
    /\/chat\b|\/im\b|customer/.test(url.pathname),
  sendKeys: ['Enter'],
  selectors: {
    editor: [
      '[data-testid="chat.chatroom.input"] [contenteditable="true"]',
      '[data-testid="chat.chatroom.input"] textarea',
      'textarea[data-e2e="chat-input"]',
      '[data-e2e="chat-input"] [contenteditable="true"]',
    ],
    sendButton: ['#chat-input-send-button', '[data-e2e="chat-send"]'],
    messageList: ['.chatd-scrollView', '.chatd-root'],
    messages: ['[data-testid="chat.chatroom.message_card"]', '.chatd-message'],
    buyerMessage: ['.chatd-bubble-main--other', '.chatd-message--left'],
    agentMessage: ['.chatd-bubble-main--self', '.chatd-message--right'],
    messageText: ['.chatd-bubble-main'],
    conversationList: ['[data-testid="chat.chatroom.conversation_list"]'],
    conversationItem: ['[data-testid="chat.chatroom.conversation_card"]'],
    activeConversation: ['[data-testid="chat.chatroom.conversation_card"][aria-selected="true"]'],
    conversationBuyer: ['[data-testid="chat.chatroom.conversation_card_username"]'],
    conversationTime: ['time'],
    /** The unread count badge; the page is not known to mark "awaiting reply" otherwise. */
    conversationAwaiting: ['.p-badge-number'],
    buyerName: ['[data-testid="chat.chatroom.header_username"]'],
    orderId: ['[data-testid="chat.order.order_id"]'],
    trackingNumber: ['[data-testid="chat.order.tracking_number"]'],
    carrier: ['[data-testid="chat.order.carrier"]'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
