import type { FixturePortal } from '@/tests/fixtures/server';
import type { E2EPage } from './harness';

export type EditorPortal = Exclude<FixturePortal, 'nonportal'>;
export const EDITOR_PORTALS: EditorPortal[] = [
  'pinduoduo',
  'shopee',
  'aliexpress',
  'walmart',
  'dhgate',
  'amazon',
  'lazada',
  'tiktok',
  'ebay',
];

export interface LayerElement {
  data: Record<string, string>;
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  text: string;
}

/** Elements in ReplyGuard's shadow root matching `selector`, with their data attributes and boxes. */
export function layerQuery(page: E2EPage, selector: string): Promise<LayerElement[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector('replyguard-ui')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>(sel) ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        data: { ...el.dataset } as Record<string, string>,
        rect: {
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          width: r.width,
          height: r.height,
        },
        text: el.textContent ?? '',
      };
    });
  }, selector);
}

/** Waits until the layer holds something matching `selector` (optionally a minimum count). */
export async function waitForLayer(page: E2EPage, selector: string, min = 1): Promise<LayerElement[]> {
  await page.waitFor(
    (arg) =>
      (document.querySelector('replyguard-ui')?.shadowRoot?.querySelectorAll(arg.sel).length ?? 0) >= arg.min,
    { sel: selector, min },
    { what: `${min}× ${selector} in the layer` },
  );
  return layerQuery(page, selector);
}

export async function waitForNoLayer(page: E2EPage, selector: string): Promise<void> {
  await page.waitFor(
    (sel) => !document.querySelector('replyguard-ui')?.shadowRoot?.querySelector(sel),
    selector,
    { what: `no ${selector} in the layer` },
  );
}

/** Clicks the centre of an element of our layer with the real mouse. */
export async function clickInLayer(page: E2EPage, selector: string): Promise<void> {
  const [el] = await waitForLayer(page, selector);
  if (!el) throw new Error(`no ${selector}`);
  await page.click(el.rect.left + el.rect.width / 2, el.rect.top + el.rect.height / 2);
}

/** The editor's box on screen (the iframe for DHgate, the kat-textarea host for Amazon). */
export function editorBox(page: E2EPage, portal: EditorPortal): Promise<LayerElement['rect']> {
  return page.evaluate((name) => {
    const selectors: Record<string, string> = {
      pinduoduo: '#replyTextarea',
      shopee: '[data-cy="webchat-conversation-detail-input"] textarea',
      aliexpress: '#_lzd-im-container textarea',
      walmart: '[data-automation-id="reply-textarea"]',
      dhgate: 'iframe',
      amazon: 'kat-textarea',
      lazada: '.im-input textarea',
      tiktok: '[data-testid="chat.chatroom.input"] [contenteditable]',
      ebay: 'textarea#msg_cnt_cnt',
    };
    const r = document.querySelector(selectors[name]!)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  }, portal);
}

/** Presses a chord the way an agent does (Puppeteer's keyboard takes no "Control+Enter" strings). */
export async function chord(page: E2EPage, modifiers: string | string[] | null, key: string) {
  const held = modifiers === null ? [] : Array.isArray(modifiers) ? modifiers : [modifiers];
  for (const modifier of held) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of [...held].reverse()) await page.keyboard.up(modifier);
}

/** Sends the reply the portal's usual way: its send key, or its Send button. */
export async function pressSend(page: E2EPage, portal: EditorPortal): Promise<void> {
  if (portal === 'amazon') return page.clickSelector('kat-button');
  if (portal === 'dhgate') return page.clickSelector('#btnSendMsg');
  if (portal === 'ebay') return page.clickSelector('#sndBtn');
  if (portal === 'walmart') return chord(page, 'Control', 'Enter');
  return chord(page, null, 'Enter');
}

/** ReplyGuard's published lint count and the length of the text it read (lib/content/page-status.ts). */
export function lintState(page: E2EPage): Promise<{ generation: number; length: number }> {
  return page.evaluate(() => {
    const host = document.querySelector('replyguard-ui') as HTMLElement | null;
    return {
      generation: Number(host?.dataset.lintGeneration ?? 0),
      length: Number(host?.dataset.lintLength ?? 0),
    };
  });
}

/** Waits until a lint newer than `generation` has read at least `length` characters and been drawn. */
export function waitForLint(page: E2EPage, generation: number, length: number): Promise<unknown> {
  return page.waitFor(
    ({ generation, length }) => {
      const host = document.querySelector('replyguard-ui') as HTMLElement | null;
      return Number(host?.dataset.lintGeneration) > generation && Number(host?.dataset.lintLength) >= length;
    },
    { generation, length },
    { what: `a lint of at least ${length} characters after lint ${generation}` },
  );
}

/** Puts text in the editor with the real keyboard and waits until ReplyGuard has linted and drawn it. */
export async function typeReply(page: E2EPage, text: string): Promise<void> {
  const { generation } = await lintState(page);
  await page.keyboard.type(text);
  await waitForLint(page, generation, text.length);
}

/** A reply with a blocking finding in every market (a phone number and a messaging app). */
export const BLOCKED_REPLY = 'Hello, WhatsApp me at +1 415 555 0132 please';
export const CLEAN_REPLY = 'Thank you, your parcel ships today.';
