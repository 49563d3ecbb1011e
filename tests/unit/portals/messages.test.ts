import { afterEach, describe, expect, it } from 'vitest';
import {
  lastBuyerMessage,
  readBuyerCountry,
  readMessages,
  recentAgentMessages,
} from '@/lib/portals/messages';
import { PORTALS } from '@/lib/portals/registry';

afterEach(() => document.body.replaceChildren());

/** Pinduoduo's live structure (docs/portals.md): li.onemsg rows with .buyer-item / .cs-item. */
function pinduoduoThread(messages: Array<['buyer' | 'agent' | 'system', string]>): void {
  const list = document.createElement('div');
  list.id = 'msgListContainer';
  list.innerHTML = `<ul class="msg-list">${messages
    .map(([who, text]) => {
      const side = who === 'buyer' ? 'buyer-item' : who === 'agent' ? 'cs-item' : 'system';
      return `<li class="onemsg"><div class="merchantMessage"><div class="${side}"><div class="msg-content"><p class="msg-content-box">${text}</p></div></div></div></li>`;
    })
    .join('')}</ul>`;
  document.body.append(list);
}

describe('reading the open conversation', () => {
  it("tells the buyer's messages from the agent's with the portal module's selectors", () => {
    pinduoduoThread([
      ['buyer', '你好，在吗'],
      ['system', '系统消息'],
      ['agent', ' 加我 '],
      ['agent', 'V'],
    ]);
    const messages = readMessages(document, PORTALS.pinduoduo.selectors);
    expect(messages).toEqual([
      { who: 'buyer', text: '你好，在吗' },
      { who: 'other', text: '系统消息' },
      { who: 'agent', text: '加我' },
      { who: 'agent', text: 'V' },
    ]);
    expect(lastBuyerMessage(messages)).toBe('你好，在吗');
    expect(recentAgentMessages(messages)).toEqual(['加我', 'V']);
  });

  it("keeps only the agent's last few messages, and only recent ones", () => {
    const many = [
      ...Array.from({ length: 5 }, (_, i) => ({ who: 'agent' as const, text: `old ${i}` })),
      ...Array.from({ length: 5 }, (_, i) => ({ who: 'buyer' as const, text: `b ${i}` })),
      { who: 'agent' as const, text: 'new' },
    ];
    expect(recentAgentMessages(many)).toEqual(['new']);
    expect(recentAgentMessages(many.slice(0, 5))).toEqual(['old 2', 'old 3', 'old 4']);
  });

  it('gives nothing, and never throws, without selectors or with one the browser cannot parse', () => {
    pinduoduoThread([['buyer', 'hi']]);
    expect(readMessages(document, {})).toEqual([]);
    expect(readMessages(document, { messages: ['::bogus(', 'li.onemsg'], buyerMessage: ['[[x'] })).toEqual([
      { who: 'other', text: 'hi' },
    ]);
    expect(lastBuyerMessage([])).toBeUndefined();
  });

  it("reads the buyer's country where the page shows it", () => {
    document.body.innerHTML = '<span class="ctry" data-country="BR">Brasil</span>';
    expect(readBuyerCountry(document, { buyerCountry: ['.ctry'] })).toBe('BR');
    expect(readBuyerCountry(document, {})).toBeUndefined();
  });
});
