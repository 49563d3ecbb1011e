import { describe, expect, it } from 'vitest';
import { BROWSERS, type E2EPage, readUntil } from './harness';
import { EDITOR_PORTALS, type EditorPortal, typeReply } from './overlay-helpers';
import { appText, focusEditor } from './portal-editors';
import { useBrowser } from './use-browser';

const SHORTCUT = ['Alt', 'Shift', 'T'];

/** What the picker shows, read from our shadow root (document.activeElement is our host, not the field). */
interface PickerState {
  /** Template dialogs in the layer. */
  count: number;
  /** The focused control: `search`, `variable:<name>`, another tag name, or '' (the focus is elsewhere). */
  focus: string;
  query: string;
  /** The selected row's template id, '' without one. */
  selected: string;
  rows: number;
  /** The host's `data-picker` (`opening`, `open`, or '' when closed) and its counters (lib/content/page-status.ts). */
  status: string;
  /** Pickers drawn on this page. */
  opens: number;
  /** Open requests finished, drawn or dropped. */
  settled: number;
}

function pickerState(page: E2EPage): Promise<PickerState> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('replyguard-ui');
    const root = host?.shadowRoot;
    const dialog = root?.querySelector('[data-replyguard-dialog="templates"]');
    const active = root?.activeElement as HTMLElement | null | undefined;
    const focus = !active
      ? ''
      : active.classList.contains('rg-tpl-search')
        ? 'search'
        : active.dataset.variable
          ? `variable:${active.dataset.variable}`
          : active.tagName.toLowerCase();
    return {
      count: root?.querySelectorAll('[data-replyguard-dialog="templates"]').length ?? 0,
      focus,
      query: dialog?.querySelector<HTMLInputElement>('.rg-tpl-search')?.value ?? '',
      selected:
        dialog?.querySelector('[data-template-id][aria-selected="true"]')?.getAttribute('data-template-id') ??
        '',
      rows: dialog?.querySelectorAll('[data-template-id]').length ?? 0,
      status: host?.dataset.picker ?? '',
      opens: Number(host?.dataset.pickerOpens ?? 0),
      settled: Number(host?.dataset.pickerSettled ?? 0),
    };
  });
}

/** Waits until the picker is open with rows and its search box has the focus (what the agent types goes there). */
async function waitPickerReady(page: E2EPage): Promise<PickerState> {
  const state = await readUntil(
    () => pickerState(page),
    (s) => s.count === 1 && s.rows > 0 && s.focus === 'search',
  );
  expect(state, 'one open picker with rows, its search box focused').toMatchObject({
    count: 1,
    focus: 'search',
  });
  expect(state.rows, 'the picker lists templates').toBeGreaterThan(0);
  return state;
}

async function waitPickerClosed(page: E2EPage): Promise<void> {
  const state = await readUntil(
    () => pickerState(page),
    (s) => s.count === 0,
  );
  expect(state.count, 'the picker closed').toBe(0);
}

/** Types a query into the focused search box and waits until the list shows its hits. */
async function search(page: E2EPage, query: string): Promise<PickerState> {
  await page.keyboard.type(query);
  return readUntil(
    () => pickerState(page),
    (s) => s.query === query && s.selected !== '',
  );
}

/**
 * Enter on the selected template. Variables the page did not give are asked for in a small form: each
 * asked field is filled with `X1` once the focus is in it. Returns the names of the fields filled.
 */
async function chooseSelected(page: E2EPage): Promise<string[]> {
  const filled: string[] = [];
  await page.keyboard.press('Enter');
  for (;;) {
    const next = await page.waitFor(
      (done) => {
        const root = document.querySelector('replyguard-ui')?.shadowRoot;
        if (!root?.querySelector('[data-replyguard-dialog="templates"]')) return 'closed';
        const name = (root.activeElement as HTMLElement | null)?.dataset?.variable;
        return name && !done.includes(name) ? name : '';
      },
      filled,
      { what: 'the picker to insert the template or ask for the next variable' },
    );
    if (next === 'closed') return filled;
    if (filled.length >= 4) throw new Error(`the picker keeps asking for variables: ${filled.join(', ')}`);
    filled.push(next);
    await page.keyboard.type('X1');
    await page.keyboard.press('Enter');
  }
}

/** The tracking number and carrier each imitation portal shows for the open conversation (tests/fixtures/portals). */
const SHIPMENT: Record<EditorPortal, { tracking: string; carrier: string }> = {
  pinduoduo: { tracking: '78123456789012', carrier: '中通快递' },
  shopee: { tracking: 'MY2311234567890', carrier: 'SPX Express' },
  aliexpress: { tracking: 'LP00123456789012', carrier: 'Cainiao' },
  walmart: { tracking: '771234567890', carrier: 'FedEx' },
  dhgate: { tracking: 'JD014600004128394756', carrier: 'DHL' },
  amazon: { tracking: '1Z999AA10123456784', carrier: 'UPS' },
  lazada: { tracking: 'NVSGLZD000123456', carrier: 'Ninja Van' },
  tiktok: { tracking: '9400111899223344556677', carrier: 'USPS' },
  ebay: { tracking: 'RN123456785GB', carrier: 'Royal Mail' },
};

const PLACEHOLDER = /\{[^{}\s]+\}/;

/** The order id the two `;abbr` portals show (tests/fixtures/portals). */
const ORDER_ID = { shopee: '231123KX9PQ2AB', tiktok: '576498213370521344' } as const;

describe.each(BROWSERS)('templates (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(EDITOR_PORTALS)(
    'the shortcut opens the picker once and the chosen template lands in %s state',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await page.keyboard.type('Hi! ');
      await page.waitFor(() =>
        (window as unknown as { fixture: { text(): string } }).fixture.text().includes('Hi!'),
      );

      await page.chord(SHORTCUT);
      await waitPickerReady(page);
      // The shortcut again, with the picker open, neither closes it nor opens another; the query typed
      // after it is handled after it, so the state read once the query shows is the state after the chord.
      await page.chord(SHORTCUT);
      const found = await search(page, 'transit');
      expect(found, 'one picker, the query in its search box, the transit template selected').toMatchObject({
        count: 1,
        focus: 'search',
        query: 'transit',
        selected: 'starter.tracking-in-transit',
      });
      const requests = await readUntil(
        () => pickerState(page),
        (s) => s.settled >= 2,
      );
      expect(requests, 'both chords handled, one picker drawn').toMatchObject({ status: 'open', opens: 1 });
      expect(requests.settled, 'both chords handled').toBeGreaterThanOrEqual(2);
      const asked = await chooseSelected(page);
      expect(asked, 'the page gives every variable of this template').toEqual([]);

      // Pinduoduo's buyers read simplified Chinese (the market's language); the others' buyers wrote English.
      const phrase = portal === 'pinduoduo' ? '运输中' : 'in transit';
      const text = await page.waitFor((want) => {
        const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
        return value.includes(want) ? value : '';
      }, phrase);
      expect(text.startsWith(portal === 'pinduoduo' ? 'Hi! ' : 'Hi! Hello')).toBe(true);
      expect(text, 'every variable filled').not.toMatch(PLACEHOLDER);
      expect(text, "the page's tracking number").toContain(SHIPMENT[portal].tracking);
      expect(text, "the page's carrier").toContain(SHIPMENT[portal].carrier);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it.each(['shopee', 'tiktok'] as const)(
    'typing ;abbr offers that template and Enter replaces the abbreviation (%s)',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await page.keyboard.type('Thanks. ;delay');
      const offered = await waitPickerReady(page);
      expect(offered.selected).toBe('starter.delay-apology');
      expect(await chooseSelected(page), 'the page gives every variable of this template').toEqual([]);
      const text = await page.waitFor(() => {
        const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
        return value.includes('Thank you for your patience.') ? value : '';
      });
      expect(text.startsWith('Thanks. We are sorry that order ')).toBe(true);
      expect(text).toContain(ORDER_ID[portal]);
      expect(text).not.toContain(';delay');
      expect(text, 'every variable filled').not.toMatch(PLACEHOLDER);
      expect(await appText(page)).toBe(text);
      await page.close();
    },
  );

  it('Esc closes the picker and leaves the reply as it was', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await page.keyboard.type('稍等');
    await page.chord(SHORTCUT);
    await waitPickerReady(page);
    await page.keyboard.press('Escape');
    await waitPickerClosed(page);
    expect(await appText(page)).toBe('稍等');
    // Esc right after the shortcut, while the focus may still be in the page's editor and the picker may
    // still be loading its list, closes it or drops it: once that request has settled, no picker is left.
    const before = await pickerState(page);
    expect(before, 'one picker drawn so far, closed').toMatchObject({ status: '', opens: 1, count: 0 });
    await page.chord(SHORTCUT);
    await page.keyboard.press('Escape');
    const after = await readUntil(
      () => pickerState(page),
      (s) => s.settled > before.settled,
    );
    expect(after, 'the request after Esc settled, and no picker is left').toMatchObject({
      settled: before.settled + 1,
      status: '',
      count: 0,
    });
    // The agent types on: the keys land in the reply and are linted.
    await typeReply(page, '好');
    expect((await pickerState(page)).count, 'no picker after Esc').toBe(0);
    expect(await appText(page)).toBe('稍等好');
    await page.close();
  });
});
