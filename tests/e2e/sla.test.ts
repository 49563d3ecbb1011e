import { describe, expect, it } from 'vitest';
import { PORTALS } from '@/lib/portals/registry';
import { BROWSERS, type E2EPage, readUntil, TIME_SCALE } from './harness';
import { EDITOR_PORTALS, EDITOR_SELECTORS, type EditorPortal } from './overlay-helpers';
import { useBrowser } from './use-browser';

interface Badge {
  conversation: string;
  state: string;
  remaining: number | null;
  anchor: string | null;
}

function badges(page: E2EPage): Promise<Badge[]> {
  return page.evaluate(() =>
    [
      ...(document.querySelector('replyguard-ui')?.shadowRoot?.querySelectorAll('[data-replyguard-sla]') ??
        []),
    ].map((el) => ({
      conversation: el.getAttribute('data-conversation') ?? '',
      state: el.getAttribute('data-state') ?? '',
      remaining: el.hasAttribute('data-remaining-seconds')
        ? Number(el.getAttribute('data-remaining-seconds'))
        : null,
      anchor: el.getAttribute('data-anchor'),
    })),
  );
}

async function badgeOf(
  page: E2EPage,
  conversation: string,
  test: (badge: Badge) => boolean,
  what: string,
): Promise<Badge> {
  const find = (all: Badge[]) => all.find((b) => b.conversation === conversation && b.anchor !== 'editor');
  const last = await readUntil(
    () => badges(page),
    (all) => {
      const badge = find(all);
      return !!badge && test(badge);
    },
    15_000 + EDGE * 1000,
  );
  const badge = find(last);
  if (badge && test(badge)) return badge;
  throw new Error(`badge ${conversation}: ${what}; saw ${JSON.stringify(last)}`);
}

const HOUR = 3_600_000;
/** Seconds before the edge chat's deadline: 4 s of margin per unit of measured slowness, beyond 4 s. */
const EDGE = Math.ceil(4 + 4 * TIME_SCALE);

describe.each(BROWSERS)('reply deadlines (%s)', (name) => {
  const browser = useBrowser(name);

  it('counts down Shopee chats and turns due-soon, then overdue, at the deadline', async () => {
    const now = Date.now();
    const convs = [
      // Due in EDGE seconds: long enough for the first badge to show on a slow machine, short to wait out.
      { id: 'c-edge', buyer: 'edge', at: now - 12 * HOUR + EDGE * 1000, awaiting: true },
      { id: 'c-fresh', buyer: 'fresh', at: now - HOUR, awaiting: true },
      { id: 'c-soon', buyer: 'soon', at: now - 11 * HOUR, awaiting: true },
      { id: 'c-done', buyer: 'done', at: now - 2 * HOUR, awaiting: false },
    ];
    const page = await browser().openPortal('shopee', { query: { convs: JSON.stringify(convs) } });

    const fresh = await badgeOf(page, 'c-fresh', (b) => b.state === 'ok', 'ok');
    // Received an hour ago, 12 hours to reply: 11 hours left, less the seconds the page took to show it.
    expect(fresh.remaining, 'c-fresh: seconds left').toBeGreaterThan(11 * 3600 - 30);
    expect(fresh.remaining, 'c-fresh: seconds left').toBeLessThanOrEqual(11 * 3600);
    await badgeOf(
      page,
      'c-soon',
      (b) => b.state === 'due-soon' && (b.remaining ?? 0) > 3500,
      'due-soon with about an hour left',
    );

    const edge = await badgeOf(
      page,
      'c-edge',
      (b) => b.state === 'due-soon',
      'due-soon just before the deadline',
    );
    expect(edge.remaining, `c-edge: seconds left, due ${EDGE} s after the page opened`).toBeLessThanOrEqual(
      EDGE,
    );
    // The live countdown crosses the deadline without a reload.
    const overdue = await badgeOf(page, 'c-edge', (b) => b.state === 'overdue', 'overdue after the deadline');
    expect(overdue.remaining).toBeLessThan(0);

    // A conversation already answered has no badge.
    expect((await badges(page)).some((b) => b.conversation === 'c-done')).toBe(false);
    // Screen readers get a timer role with a label.
    const label = await page.evaluate(() =>
      document
        .querySelector('replyguard-ui')
        ?.shadowRoot?.querySelector('[data-replyguard-sla]')
        ?.getAttribute('aria-label'),
    );
    expect(label).toBeTruthy();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps the badge on the right row while a virtualized list scrolls and replaces its rows', async () => {
    const page = await browser().openPortal('shopee');
    const first = await page.evaluate(
      () =>
        document
          .querySelector('[data-cy^="webchat-conversation-cell-root"]')
          ?.getAttribute('data-conversation-id') ?? '',
    );
    await badgeOf(page, first, () => true, 'present before scrolling');
    await page.evaluate(() => {
      document.querySelector('[data-cy="webchat-conversation-list"]')!.scrollTop = 64 * 30;
    });
    const visible = await page.waitFor(() => {
      const row = document.querySelector('[data-cy^="webchat-conversation-cell-root"][style*="top:1920px"]');
      return row?.getAttribute('data-conversation-id');
    });
    await badgeOf(page, visible!, () => true, 'present on a row rendered after scrolling');
    const placed = await wellPlaced(page, 'shopee');
    expect(placed.problems.join('\n'), 'every badge by its own row once the list replaced its rows').toBe('');
    await page.close();
  });

  it('follows Pinduoduo counted hours: 3 minutes inside 08:00-23:00 Beijing time, exempt outside', async () => {
    // Yesterday in Beijing (UTC+8, no summer time), on both sides of each edge of the counted window.
    const now = Date.now();
    const beijingMidnight = Math.floor((now + 8 * HOUR) / (24 * HOUR)) * 24 * HOUR - 8 * HOUR;
    const yesterday = (h: number, m: number, s: number) =>
      beijingMidnight - 24 * HOUR + h * HOUR + m * 60_000 + s * 1000;
    const convs = [
      { id: 'u-before', buyer: 'before', at: yesterday(7, 59, 30), awaiting: true },
      { id: 'u-open', buyer: 'open', at: yesterday(8, 0, 30), awaiting: true },
      { id: 'u-close', buyer: 'close', at: yesterday(22, 59, 30), awaiting: true },
      { id: 'u-after', buyer: 'after', at: yesterday(23, 0, 30), awaiting: true },
    ];
    const page = await browser().openPortal('pinduoduo', { query: { convs: JSON.stringify(convs) } });
    // Pinduoduo rows carry the buyer's uid in data-random as `<uid>-0-<group>` (unTimeout while waiting).
    const waiting = (uid: string) => `${uid}-0-unTimeout`;

    // All four were received yesterday: their states no longer change, so once every row has its badge
    // the states are final. Outside the window a message starts no countdown.
    const rows = await readUntil(
      () => badges(page),
      (all) => convs.every((c) => all.some((b) => b.conversation === waiting(c.id) && b.anchor === 'row')),
    );
    const states = Object.fromEntries(
      convs.map((c) => {
        const badge = rows.find((b) => b.conversation === waiting(c.id) && b.anchor === 'row');
        return [c.id, badge ? `${badge.state}${badge.remaining === null ? '' : ' counting'}` : 'no badge'];
      }),
    );
    expect(states, '07:59:30 and 23:00:30 exempt, 08:00:30 and 22:59:30 counted').toEqual({
      'u-before': 'exempt',
      'u-open': 'overdue counting',
      'u-close': 'overdue counting',
      'u-after': 'exempt',
    });
    for (const conv of convs.filter((c) => c.id === 'u-open' || c.id === 'u-close')) {
      // Received + 3 minutes, in whole seconds (negative: overdue), counted here rather than by the product.
      const badge = await badgeOf(page, waiting(conv.id), (b) => b.state === 'overdue', 'overdue');
      const expected = Math.floor((conv.at + 180_000 - Date.now()) / 1000);
      expect(
        Math.abs((badge.remaining ?? 0) - expected),
        `${conv.id}: shows ${badge.remaining} s, 3 minutes after receipt is ${expected} s`,
      ).toBeLessThanOrEqual(3 * TIME_SCALE);
      // The overdue time keeps growing on the live page.
      await badgeOf(
        page,
        waiting(conv.id),
        (b) => (b.remaining ?? 0) <= (badge.remaining ?? 0) - 2,
        'still counting',
      );
    }
    await page.close();
  });
});

interface Placed {
  conversation: string;
  anchor: string;
  rect: Box;
  /** Its own conversation row's box (row badges). */
  row: Box | null;
}
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Layout {
  badges: Placed[];
  /** Every line of text on the page, and every form control, image and frame (the editor among them). */
  readable: Box[];
  editor: Box | null;
}

/** The badges, their rows, and what the agent reads, measured in the page with the portal's own selectors. */
function layout(page: E2EPage, portal: EditorPortal): Promise<Layout> {
  const { conversationItem = [], conversationIdAttr = [] } = PORTALS[portal].selectors;
  return page.evaluate(
    ({ items, attrs, editorSelector }) => {
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const rows =
        items.map((sel) => Array.from(document.querySelectorAll(sel))).find((found) => found.length) ?? [];
      const rowOf = (id: string) =>
        rows.find(
          (row) =>
            attrs.some(
              (a) => row.getAttribute(a) === id || row.querySelector(`[${a}="${CSS.escape(id)}"]`),
            ) ||
            (id.startsWith('buyer:') && (row.textContent ?? '').includes(id.slice(6))),
        );
      const root = document.querySelector('replyguard-ui')!.shadowRoot!;
      const badges = Array.from(root.querySelectorAll('[data-replyguard-sla]')).map((el) => {
        const conversation = el.getAttribute('data-conversation') ?? '';
        const row = rowOf(conversation);
        return {
          conversation,
          anchor: el.getAttribute('data-anchor') ?? '',
          rect: box(el.getBoundingClientRect()),
          row: row ? box(row.getBoundingClientRect()) : null,
        };
      });
      const readable: Array<ReturnType<typeof box>> = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node as Text).data.trim() || node.parentElement?.closest('script, style, replyguard-ui'))
          continue;
        range.selectNodeContents(node);
        for (const r of Array.from(range.getClientRects()))
          if (r.width > 0.5 && r.height > 0.5) readable.push(box(r));
      }
      for (const el of Array.from(
        document.querySelectorAll('textarea, input, button, select, img, iframe, kat-textarea, kat-button'),
      )) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) readable.push(box(r));
      }
      const editor = document.querySelector(editorSelector);
      return { badges, readable, editor: editor ? box(editor.getBoundingClientRect()) : null };
    },
    {
      items: [...conversationItem],
      attrs: [...conversationIdAttr],
      editorSelector: EDITOR_SELECTORS[portal],
    },
  );
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** What is wrong with the badges' places: each inside or beside its own row (or beside the editor), over no text. */
function misplaced({ badges, readable, editor }: Layout): string[] {
  const problems: string[] = [];
  for (const badge of badges) {
    const { rect } = badge;
    const width = rect.right - rect.left;
    const height = rect.bottom - rect.top;
    const covered = readable.filter((text) => overlap(rect, text));
    if (covered.length)
      problems.push(`${badge.anchor} ${badge.conversation} covers ${JSON.stringify(covered)}`);
    const near = badge.anchor === 'row' ? badge.row : editor;
    if (!near) {
      problems.push(`${badge.anchor} ${badge.conversation}: nothing to sit by`);
      continue;
    }
    const beside =
      badge.anchor === 'row'
        ? rect.top >= near.top - 1 &&
          rect.bottom <= near.bottom + 1 &&
          rect.left >= near.left - width - 8 &&
          rect.right <= near.right + width + 8
        : rect.left >= near.left - width - 8 &&
          rect.right <= near.right + width + 8 &&
          rect.top >= near.top - height - 8 &&
          rect.bottom <= near.bottom + height + 8;
    if (!beside)
      problems.push(
        `${badge.anchor} ${badge.conversation} at ${JSON.stringify(rect)}, not by ${JSON.stringify(near)}`,
      );
  }
  return problems;
}

/** Waits until the page shows row badges and every badge is well placed; returns the last problems. */
async function wellPlaced(
  page: E2EPage,
  portal: EditorPortal,
): Promise<{ rows: number; problems: string[] }> {
  return readUntil(
    async () => {
      const seen = await layout(page, portal);
      return {
        rows: seen.badges.filter((badge) => badge.anchor === 'row').length,
        problems: misplaced(seen),
      };
    },
    (last) => last.rows > 0 && last.problems.length === 0,
  );
}

describe.each(BROWSERS)('reply deadlines on every portal (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(EDITOR_PORTALS)(
    'badges the waiting rows of %s in free space by their rows and the reply box, also after a reflow',
    async (portal) => {
      const page = await browser().openPortal(portal);
      const placed = await wellPlaced(page, portal);
      expect(placed.problems.join('\n'), 'badges by their own rows and the reply box, over no text').toBe('');
      expect(placed.rows).toBeGreaterThan(0);
      for (const badge of await badges(page)) {
        expect(badge.conversation).toBeTruthy();
        expect(['ok', 'due-soon', 'overdue', 'exempt']).toContain(badge.state);
      }
      // The app narrows its conversation list: rows reflow, and the badges find free space again.
      const narrowed = await page.evaluate(
        (selectors) => {
          const list = selectors.map((sel) => document.querySelector<HTMLElement>(sel)).find(Boolean);
          if (!list) return false;
          list.style.width = `${Math.round(list.getBoundingClientRect().width * 0.8)}px`;
          list.style.flex = 'none';
          return true;
        },
        [...(PORTALS[portal].selectors.conversationList ?? [])],
      );
      expect(narrowed).toBe(true);
      const again = await wellPlaced(page, portal);
      expect(again.problems.join('\n'), 'the same after the list narrowed').toBe('');
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );
});

describe.each(BROWSERS)('response history (%s)', (name) => {
  const browser = useBrowser(name);

  it('records a first response and shows it on the dashboard', async () => {
    const now = Date.now();
    const convs = [{ id: 'c-answer', buyer: 'answer', at: now - 5 * 60_000, awaiting: true }];
    const page = await browser().openPortal('shopee', { query: { convs: JSON.stringify(convs) } });
    await badgeOf(page, 'c-answer', (b) => b.state === 'ok', 'waiting');
    await page.evaluate(() =>
      document
        .querySelector<HTMLTextAreaElement>('[data-cy="webchat-conversation-detail-input"] textarea')!
        .focus(),
    );
    await page.keyboard.type('Thank you, we are checking your order now.');
    await page.keyboard.press('Enter');
    await page.waitFor(
      () => (window as unknown as { fixture: { sent: string[] } }).fixture.sent.length === 1,
    );
    // The badge goes once the row no longer waits for a reply.
    await page.waitFor(
      () =>
        ![
          ...(document
            .querySelector('replyguard-ui')
            ?.shadowRoot?.querySelectorAll('[data-replyguard-sla]') ?? []),
        ].some((el) => el.getAttribute('data-conversation') === 'c-answer'),
      undefined,
      { what: 'the badge to go after the reply' },
    );

    const dashboard = await browser().openExtensionPage('dashboard.html');
    const rolling = await dashboard.waitFor(
      () =>
        document.querySelector('[data-platform="shopee"] [data-rolling]')?.getAttribute('data-rolling') ?? '',
      undefined,
      { what: 'the shopee response rate', timeout: 15_000 },
    );
    expect(Number(rolling)).toBe(1);
    expect(await dashboard.evaluate(() => !!document.querySelector('svg'))).toBe(true);
    await dashboard.close();
    await page.close();
  });
});
