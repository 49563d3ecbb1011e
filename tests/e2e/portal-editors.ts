import type { FixturePortal } from '@/tests/fixtures/server';
import type { E2EPage } from './harness';

/** Puts the caret at the end of the imitation portal's reply editor, the way an agent clicks into it. */
export async function focusEditor(page: E2EPage, portal: FixturePortal): Promise<void> {
  if (portal === 'walmart') await openWalmartThread(page);
  if (portal === 'dhgate') {
    await page.waitFor(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
  }
  await page.evaluate((name) => {
    const caretAtEnd = (el: HTMLElement) => {
      const doc = el.ownerDocument;
      const range = doc.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      const selection = doc.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    };
    switch (name) {
      case 'pinduoduo':
        return document.querySelector<HTMLTextAreaElement>('#replyTextarea')!.focus();
      case 'shopee':
        return document
          .querySelector<HTMLTextAreaElement>('[data-cy="webchat-conversation-detail-input"] textarea')!
          .focus();
      case 'walmart':
        return document.querySelector<HTMLTextAreaElement>('[data-automation-id="reply-textarea"]')!.focus();
      case 'amazon':
        return document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!.focus();
      case 'aliexpress':
        return document.querySelector<HTMLTextAreaElement>('#_lzd-im-container textarea')!.focus();
      case 'lazada':
        return document.querySelector<HTMLTextAreaElement>('.im-input textarea')!.focus();
      case 'ebay':
        return document.querySelector<HTMLTextAreaElement>('textarea#msg_cnt_cnt')!.focus();
      case 'tiktok': {
        const editor = document.querySelector<HTMLElement>(
          '[data-testid="chat.chatroom.input"] [contenteditable]',
        )!;
        editor.focus();
        return caretAtEnd(editor);
      }
      case 'dhgate': {
        const frame = document.querySelector('iframe')!;
        frame.contentWindow!.focus();
        const body = frame.contentDocument!.body;
        body.focus();
        return caretAtEnd(body);
      }
    }
  }, portal);
}

/** Walmart's editor only exists on a thread route: open the first thread like an agent would. */
export async function openWalmartThread(page: E2EPage): Promise<void> {
  const onThread = await page.evaluate(() => location.pathname.includes('/thread/'));
  if (!onThread) await page.clickSelector('[data-automation-id="thread-row"]');
  await page.waitFor(() => !!document.querySelector('[data-automation-id="reply-textarea"]'));
}

/** What the page's own framework holds as the reply text (its model, not the DOM). */
export function appText(page: E2EPage): Promise<string> {
  return page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text());
}

/** Replies the imitation portal has sent so far. */
export function sentReplies(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { fixture: { sent: string[] } }).fixture.sent.slice());
}

/** Sample replies with something a platform fines, per portal (the demo types these). */
export const RISKY_REPLIES: Record<Exclude<FixturePortal, 'nonportal'>, string> = {
  pinduoduo: '亲，这款宝贝是全网最低价，加我微 信 abc_123 私聊，或者打 138 1234 5678',
  shopee: 'Hi! Please cancel the order and buy again, or WhatsApp me at +60 12-345 6789',
  aliexpress: 'Dear friend, pay via PayPal directly to shop [at] gmail [dot] com and we ship today',
  walmart: 'Thanks! Get 20% off your next purchase at www.myshop.com 谢谢',
  dhgate: 'Please contact me on WhatsApp +1 415 555 0132 for a better price',
  amazon: 'Leave us 5 stars and we refund you $10, email me at support@myshop.com',
  lazada: 'Add me on WhatsApp +65 9123 4567 and pay by bank transfer for a discount',
  tiktok: 'Text me on Instagram @myshop_deals, we ship faster outside TikTok',
  ebay: 'Pay me via PayPal directly at sales@myshop.co.uk and I will send it today',
};
