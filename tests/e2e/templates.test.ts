import { describe, expect, it } from 'vitest';
import type { FixturePortal } from '@/tests/fixtures/server';
import { BROWSERS, type E2EPage, sleep } from './harness';
import { EDITOR_PORTALS } from './overlay-helpers';
import { appText, focusEditor } from './portal-editors';
import { useBrowser } from './use-browser';

const SHORTCUT = ['Alt', 'Shift', 'T'];

function pickerCount(page: E2EPage): Promise<number> {
  return page.evaluate(
    () =>
      document
        .querySelector('replyguard-ui')
        ?.shadowRoot?.querySelectorAll('[data-replyguard-dialog="templates"]').length ?? 0,
  );
}

async function waitPicker(page: E2EPage, open: boolean): Promise<void> {
  await page.waitFor(
    (want) => {
      const dialog = document
        .querySelector('replyguard-ui')
        ?.shadowRoot?.querySelector('[data-replyguard-dialog="templates"]');
      return want ? !!dialog?.querySelector('[data-template-id]') : !dialog;
    },
    open,
    { what: open ? 'the template picker with items' : 'the picker to close' },
  );
}

/** Enter on the selected template; variables the page did not give are asked for in a small form. */
async function chooseSelected(page: E2EPage): Promise<void> {
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4 && (await pickerCount(page)) > 0; i++) {
    await page.keyboard.type('X1');
    await page.keyboard.press('Enter');
    await sleep(150);
  }
  await waitPicker(page, false);
}

/** What the page shows for the open conversation, to check that variables were filled from it. */
function pageValues(page: E2EPage, portal: FixturePortal): Promise<{ tracking: string; carrier: string }> {
  return page.evaluate((name) => {
    const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? '';
    const table: Record<string, [string, string]> = {
      pinduoduo: ['.tracking-no', '.carrier'],
      shopee: ['[data-cy="tracking-number"]', '[data-cy="carrier"]'],
      aliexpress: ['.im-order-card .tracking-number', '.im-order-card .carrier'],
      lazada: ['.order-card .tracking-number', '.order-card .shipping-provider'],
      tiktok: ['[data-testid="chat.order.tracking_number"]', '[data-testid="chat.order.carrier"]'],
      ebay: ['#msgHeader .tracking-number', '#msgHeader .carrier'],
      walmart: ['[data-automation-id="tracking-number"]', '[data-automation-id="carrier"]'],
      dhgate: ['#trackingNo', '#carrier'],
      amazon: ['.tracking-id', '.carrier'],
    };
    const [tracking, carrier] = table[name]!;
    return { tracking: tracking ? text(tracking) : '', carrier: carrier ? text(carrier) : '' };
  }, portal);
}

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
      await waitPicker(page, true);
      await page.chord(SHORTCUT);
      await sleep(300);
      expect(await pickerCount(page)).toBe(1);

      await page.keyboard.type('transit');
      await sleep(150);
      await chooseSelected(page);

      const values = await pageValues(page, portal);
      // Pinduoduo's buyers read simplified Chinese (the market's language); the others' buyers wrote English.
      const phrase = portal === 'pinduoduo' ? '运输中' : 'in transit';
      const text = await page.waitFor((want) => {
        const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
        return value.includes(want) ? value : '';
      }, phrase);
      expect(text.startsWith(portal === 'pinduoduo' ? 'Hi! ' : 'Hi! Hello')).toBe(true);
      expect(text).not.toMatch(/\{[a-z_]+\}/);
      if (values.tracking) expect(text).toContain(values.tracking);
      if (values.carrier) expect(text).toContain(values.carrier);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it.each(['shopee', 'tiktok'] as FixturePortal[])(
    'typing ;abbr offers that template and Enter replaces the abbreviation (%s)',
    async (portal) => {
      const page = await browser().openPortal(portal);
      await focusEditor(page, portal);
      await page.keyboard.type('Thanks. ;delay');
      await waitPicker(page, true);
      const selected = await page.evaluate(
        () =>
          document
            .querySelector('replyguard-ui')
            ?.shadowRoot?.querySelector('[data-template-id][aria-selected="true"]')
            ?.getAttribute('data-template-id') ?? '',
      );
      expect(selected).toMatch(/delay/);
      await chooseSelected(page);
      const text = await page.waitFor(() => {
        const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
        return value.length > 30 ? value : '';
      });
      expect(text.startsWith('Thanks. ')).toBe(true);
      expect(text).not.toContain(';delay');
      expect(await appText(page)).toBe(text);
      await page.close();
    },
  );

  it('Esc closes the picker and leaves the reply as it was', async () => {
    const page = await browser().openPortal('pinduoduo');
    await focusEditor(page, 'pinduoduo');
    await page.keyboard.type('稍等');
    await page.chord(SHORTCUT);
    await waitPicker(page, true);
    await page.keyboard.press('Escape');
    await waitPicker(page, false);
    expect(await appText(page)).toBe('稍等');
    // Esc right after the shortcut, while the focus may still be in the page's editor, closes it too.
    await page.chord(SHORTCUT);
    await page.keyboard.press('Escape');
    await waitPicker(page, false);
    await sleep(300);
    expect(await pickerCount(page)).toBe(0);
    expect(await appText(page)).toBe('稍等');
    await page.close();
  });
});
