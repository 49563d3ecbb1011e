import type { PortalModule } from './types';

/** DHgate seller message centre: an older page whose rich editor lives in a same-origin iframe. */
export const dhgate: PortalModule<'dhgate'> = {
  platform: 'dhgate',
  hosts: ['seller.dhgate.com'],
  examples: [
    'https://seller.dhgate.com/msg/buyer-messages.html',
    'https://seller.dhgate.com/message/list.do',
  ],
  isChatPage: (url) => url.hostname === 'seller.dhgate.com' && /^\/(msg|message)/.test(url.pathname),
  sendKeys: ['Ctrl+Enter'],
  selectors: {
    editor: ['body.editor-body[contenteditable="true"]', 'iframe.msg-editor-frame'],
    sendButton: ['#btnSendMsg', 'input.send-msg'],
    messageList: ['#msgHistory'],
    conversationList: ['#msgList'],
    conversationItem: ['#msgList tr[data-msg-id]'],
    activeConversation: ['#msgList tr.current'],
    conversationIdAttr: ['data-msg-id'],
    conversationBuyer: ['.buyer'],
    conversationTime: ['.time'],
    conversationAwaiting: ['.unreplied'],
    buyerName: ['#buyerName'],
    orderId: ['#orderNo'],
    trackingNumber: ['#trackingNo'],
    carrier: ['#carrier'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
