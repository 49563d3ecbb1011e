import { withTlds } from './host-list';
import type { PortalModule } from './types';

/** eBay Messages (mesg.ebay.*). Selectors are best guesses; the generic path covers it. */
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
  ],
  isChatPage: (url) => /^mesg\.ebay\./.test(url.hostname),
  sendKeys: [],
  selectors: {
    editor: ['textarea#msg_cnt_cnt', 'textarea[name="msg_cnt_cnt"]'],
    sendButton: ['#sendBtn', 'button[type="submit"]'],
  },
  timeZone: 'browser',
  buyerLocale: 'en-US',
};
