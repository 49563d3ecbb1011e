import { describe, expect, it } from 'vitest';
import { BROWSERS, type E2EPage } from './harness';
import { type EditorPortal, layerQuery, waitForLayer } from './overlay-helpers';
import { appText, focusEditor } from './portal-editors';
import { useBrowser } from './use-browser';

interface Case {
  /** "Where is my parcel?" as a buyer in this market writes it. */
  message: string;
  /** The zone of the market the page serves (or, on a cross-border host, the buyer's language points to). */
  zone: string;
  /** The language tag the buyer line shows. */
  language: string;
  /** A phrase of the in-transit template's body in that language. */
  phrase: string;
}

const CASES: Record<EditorPortal, Case> = {
  pinduoduo: { message: '我的快递到哪了？', zone: 'Asia/Shanghai', language: 'zh-Hans', phrase: '运输中' },
  shopee: { message: 'พัสดุของฉันอยู่ที่ไหนแล้วคะ', zone: 'Asia/Bangkok', language: 'th', phrase: 'อยู่ระหว่างขนส่ง' },
  aliexpress: {
    message: 'Onde está a minha encomenda?',
    zone: 'America/Sao_Paulo',
    language: 'pt',
    phrase: 'está em trânsito',
  },
  walmart: {
    message: 'Where is my parcel?',
    zone: 'America/New_York',
    language: 'en',
    phrase: 'is in transit',
  },
  dhgate: {
    message: 'Kak, paket saya sudah sampai mana?',
    zone: 'Asia/Jakarta',
    language: 'id',
    phrase: 'sedang dalam perjalanan',
  },
  amazon: {
    message: 'Đơn hàng của tôi đang ở đâu?',
    zone: 'America/New_York',
    language: 'vi',
    phrase: 'đang được',
  },
  lazada: { message: 'Where is my parcel?', zone: 'Asia/Singapore', language: 'en', phrase: 'is in transit' },
  tiktok: {
    message: 'where is my package??',
    zone: 'America/New_York',
    language: 'en',
    phrase: 'is in transit',
  },
  ebay: {
    message: 'Hi, where is my parcel?',
    zone: 'America/New_York',
    language: 'en',
    phrase: 'is in transit',
  },
};

/** One open conversation whose buyer wrote `messages` (and the agent the `seller` ones). */
function conversation(messages: Array<{ from: 'buyer' | 'seller'; text: string }>): Record<string, string> {
  const at = Date.now() - 60_000;
  return { convs: JSON.stringify([{ id: 'c-1', buyer: 'ana', at, awaiting: true, messages }]) };
}

/** HH:MM in `zone` at `ms`, computed here with Intl (not with ReplyGuard's code). */
function hhmm(ms: number, zone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
  return text.replace(/^24/, '00');
}

async function suggested(page: E2EPage): Promise<string[]> {
  const items = await waitForLayer(page, '[data-replyguard-suggest] [data-template-id]');
  return items.map((item) => item.data.templateId ?? '');
}

describe.each(BROWSERS)('suggestions and the buyer line (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(Object.keys(CASES) as EditorPortal[])(
    '"where is my parcel" on %s: a tracking template among the first three goes into the app, the buyer line shows the market time',
    async (portal) => {
      const want = CASES[portal];
      const page = await browser().openPortal(portal, {
        query: conversation([{ from: 'buyer', text: want.message }]),
      });
      await focusEditor(page, portal);

      const ids = await suggested(page);
      expect(ids.length).toBeLessThanOrEqual(3);
      const at = ids.indexOf('starter.tracking-in-transit');
      expect(at, `suggested: ${ids.join(', ')}`).toBeGreaterThanOrEqual(0);

      const [line] = await waitForLayer(page, '[data-replyguard-buyer]');
      const before = Date.now();
      expect(line!.data.language).toBe(want.language);
      // The clock is the test's own; the minute may turn between reading it and drawing the line.
      expect([
        hhmm(before - 60_000, want.zone),
        hhmm(before, want.zone),
        hhmm(before + 60_000, want.zone),
      ]).toContain(line!.data.localTime);

      if (at === 0) await page.keyboard.press('Tab');
      else {
        await page.keyboard.down('Alt');
        await page.keyboard.press(String(at + 1));
        await page.keyboard.up('Alt');
      }
      const text = await page.waitFor(
        (phrase) => {
          const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
          return value.includes(phrase) ? value : '';
        },
        want.phrase,
        { what: `"${want.phrase}" in the app's state` },
      );
      expect(text).toContain(want.phrase);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('Tab is left to the page when the caret is not at the end of the reply', async () => {
    const page = await browser().openPortal('shopee', {
      query: conversation([{ from: 'buyer', text: 'Where is my parcel?' }]),
    });
    await focusEditor(page, 'shopee');
    await page.keyboard.type('Hello there');
    await suggested(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.evaluate(() => {
      (window as unknown as { replyBox: Element | null }).replyBox = document.activeElement;
    });
    await page.keyboard.press('Tab');
    // The browser's own Tab moves the focus on: nothing held it back.
    await page.waitFor(
      () => document.activeElement !== (window as unknown as { replyBox: Element | null }).replyBox,
      undefined,
      { what: 'the focus to leave the reply box' },
    );
    expect(await appText(page)).toBe('Hello there');
    await page.close();
  });

  it('a contact split over messages (加我 · V · abc123) marks the reply, the card says where the rest is, and the guard stops it', async () => {
    const portal = 'pinduoduo';
    const page = await browser().openPortal(portal, {
      query: conversation([
        { from: 'buyer', text: '你好，在吗' },
        { from: 'seller', text: '加我' },
        { from: 'seller', text: 'V' },
      ]),
    });
    await focusEditor(page, portal);
    await page.keyboard.type('abc123');
    // Typing goes on while the first marks are drawn: wait for the mark over the whole reply.
    const [mark] = await waitForLayer(page, '[data-finding][data-severity="block"][data-end="6"]');
    expect(mark!.data.start).toBe('0');
    expect(mark!.data.end).toBe('6');
    await page.move(mark!.rect.left + mark!.rect.width / 2, mark!.rect.top + mark!.rect.height / 2);
    const [note] = await waitForLayer(page, '[data-replyguard-card] [data-replyguard-earlier]');
    expect(note!.text).toContain('加我');
    await page.move(5, 5);
    await focusEditor(page, portal);
    await page.keyboard.press('Enter');
    await waitForLayer(page, '[data-replyguard-dialog="send-guard"]');
    const sent = await page.evaluate(
      () => (window as unknown as { fixture: { sent: string[] } }).fixture.sent.length,
    );
    expect(sent).toBe(0);
    expect(await layerQuery(page, '[data-replyguard-dialog="send-guard"]')).toHaveLength(1);
    await page.close();
  });
});
