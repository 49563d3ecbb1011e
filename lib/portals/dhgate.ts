import type { PortalModule } from './types';

/**
 * DHgate seller message centre (seller.dhgate.com/msgweb/...): an older server-rendered page (messages
 * load from loadmsgdetail.do, replies post to replytobuyer.do). Its editor markup is not shown in public
 * code; the imitation's rich editor lives in a same-origin iframe. See docs/portals.md.
 */
export const dhgate: PortalModule<'dhgate'> = {
  platform: 'dhgate',
  hosts: ['seller.dhgate.com'],
  examples: [
    'https://seller.dhgate.com/msg/buyer-messages.html',
    'https://seller.dhgate.com/message/list.do',
    'https://seller.dhgate.com/msgweb/loadmsgdetail.do?msgid=123',
  ],
  isChatPage: (url) => url.hostname === 'seller.dhgate.com' && /^\/(msg|message)/.test(url.pathname),
  sendKeys: ['Ctrl+Enter'],
  selectors: {
    editor: ['body.editor-body[contenteditable="true"]', 'iframe.msg-editor-frame'],
    sendButton: ['#btnSendMsg', 'input.send-msg'],
    messageList: ['#msgHistory'],
    messages: ['#msgHistory .msg-item'],
    buyerMessage: ['.msg-item.from-buyer'],
    agentMessage: ['.msg-item.from-seller'],
    messageText: ['.msg-text'],
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
