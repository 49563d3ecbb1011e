import { withTlds } from './host-list';
import type { PortalModule } from './types';

/**
 * eBay Messages on mesg.ebay.<tld> (the older message centre; eBay now also serves messages at
 * www.ebay.<tld>/cnt/ViewMessage, which the host list does not cover, see docs/portals.md). Public scripts
 * reply through `textarea#msg_cnt_cnt` and the `#sndBtn` button; Enter adds a line, it does not send.
 */
export const ebay: PortalModule<'ebay'> = {
  platform: 'ebay',
  hosts: withTlds('mesg.ebay', [
    'com',
    'co.uk',
    'de',
    'fr',
    'it',
    'es',
    'at',
    'ch',
    'ie',
    'nl',
    'be',
    'pl',
    'ca',
    'com.au',
    'com.sg',
    'com.my',
    'ph',
    'com.hk',
  ]),
  examples: [
    'https://mesg.ebay.com/mesgweb/ViewMessages/0',
    'https://mesg.ebay.co.uk/mesgweb/ViewMessageDetail/0/m/1',
    'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/175092920213',
  ],
  isChatPage: (url) => /^mesg\.ebay\./.test(url.hostname),
  sendKeys: [],
  selectors: {
    editor: ['textarea#msg_cnt_cnt', 'textarea[name="msg_cnt_cnt"]'],
    sendButton: ['#sndBtn', '#CUSubmitForm [type="submit"]'],
    messageList: ['#msgThread'],
    messages: ['#msgThread .msg-bubble'],
    buyerMessage: ['.msg-bubble.from-member'],
    agentMessage: ['.msg-bubble.from-me'],
    messageText: ['.msg-body'],
    conversationList: ['#msgList'],
    conversationItem: ['#msgList [data-msg-id]'],
    activeConversation: ['#msgList [data-msg-id].is-selected'],
    conversationIdAttr: ['data-msg-id'],
    conversationBuyer: ['.msg-sender'],
    conversationTime: ['time'],
    conversationAwaiting: ['.msg-unread-dot'],
    buyerName: ['#msgHeader .msg-sender'],
    orderId: ['#msgHeader .order-number'],
    trackingNumber: ['#msgHeader .tracking-number'],
    carrier: ['#msgHeader .carrier'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
