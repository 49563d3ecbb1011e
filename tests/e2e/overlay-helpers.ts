import type { FixturePortal } from '@/tests/fixtures/server';
import type { E2EPage } from './harness';
import { readUntil } from './harness';

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

/** The reply box of each imitation portal (the iframe on DHgate, the kat-textarea host on Amazon). */
export const EDITOR_SELECTORS: Record<EditorPortal, string> = {
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

/** The editor's box on screen. */
export function editorBox(page: E2EPage, portal: EditorPortal): Promise<LayerElement['rect']> {
  return page.evaluate((selector) => {
    const r = document.querySelector(selector)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  }, EDITOR_SELECTORS[portal]);
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

/**
 * The box, in the top page's viewport, of the first element matching `selector` in the page or in any
 * same-origin frame inside it (however deep), once that frame's document has loaded; null while none.
 */
export function boxInFrames(page: E2EPage, selector: string): Promise<LayerElement['rect'] | null> {
  return page.evaluate((sel) => {
    const find = (win: Window, x: number, y: number): LayerElement['rect'] | null => {
      const doc = win.document;
      if (doc.readyState !== 'complete') return null;
      const el = doc.querySelector(sel);
      if (el) {
        const r = el.getBoundingClientRect();
        return {
          left: r.left + x,
          top: r.top + y,
          right: r.right + x,
          bottom: r.bottom + y,
          width: r.width,
          height: r.height,
        };
      }
      for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
        const inner = frame.contentWindow;
        if (!inner) continue;
        const r = frame.getBoundingClientRect();
        const found = find(inner, x + r.left + frame.clientLeft, y + r.top + frame.clientTop);
        if (found) return found;
      }
      return null;
    };
    return find(window, 0, 0);
  }, selector);
}

/** Waits for `boxInFrames` to find the element. */
export async function waitForBoxInFrames(page: E2EPage, selector: string): Promise<LayerElement['rect']> {
  const box = await readUntil(
    () => boxInFrames(page, selector),
    (found) => !!found && found.width > 0,
  );
  if (!box || box.width === 0) throw new Error(`no ${selector} in the page or its frames`);
  return box;
}
