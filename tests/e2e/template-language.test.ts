import { beforeAll, describe, expect, it } from 'vitest';
import type { FixturePortal } from '@/tests/fixtures/server';
import { BROWSERS, type E2EBrowser, type E2EPage } from './harness';
import { clickInLayer, layerQuery, waitForLayer, waitForNoLayer } from './overlay-helpers';
import { focusEditor } from './portal-editors';
import { useBrowser } from './use-browser';

const PICKER = '[data-replyguard-dialog="templates"]';

function conversation(text: string): Record<string, string> {
  const at = Date.now() - 60_000;
  return {
    convs: JSON.stringify([
      { id: 'c-1', buyer: 'lin', at, awaiting: true, messages: [{ from: 'buyer', text }] },
    ]),
  };
}

/** The background seeds the starters right after install: the first picker of a fresh browser waits for them. */
async function startersSeeded(browser: E2EBrowser): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  await page.waitFor(
    async () => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
      const answer = (await (scope.browser ?? scope.chrome)!.runtime.sendMessage({
        type: 'templates.list',
        payload: {},
      })) as { ok: boolean; value?: { templates: unknown[] } };
      return answer.ok && (answer.value?.templates.length ?? 0) > 0;
    },
    undefined,
    { what: 'the starter templates seeded' },
  );
  await page.close();
}

/** Opens the picker with the shortcut and selects the in-transit template by searching for it. */
async function pickTransit(page: E2EPage): Promise<void> {
  await page.chord(['Alt', 'Shift', 'T']);
  await waitForLayer(page, `${PICKER} [data-template-id]`);
  // The picker focuses its search after it draws: keys typed before would go to the page's editor.
  await page.waitFor(
    () =>
      (
        document.querySelector('replyguard-ui')?.shadowRoot?.activeElement as HTMLElement | null
      )?.classList.contains('rg-tpl-search') === true,
    undefined,
    { what: "the picker's search focused" },
  );
  await page.keyboard.type('transit');
  await page.waitFor(
    () => {
      const root = document.querySelector('replyguard-ui')?.shadowRoot;
      const search = root?.querySelector<HTMLInputElement>('.rg-tpl-search');
      const selected = root?.querySelector('[data-template-id][aria-selected="true"]');
      return (
        search?.value === 'transit' &&
        selected?.getAttribute('data-template-id') === 'starter.tracking-in-transit'
      );
    },
    undefined,
    { what: 'the in-transit template selected by the search' },
  );
}

/** Enter inserts; a value the page does not show is asked for first (Enter goes to its field, then inserts). */
async function insertSelected(page: E2EPage): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Enter');
    const state = await page.waitFor(
      (picker) => {
        const root = document.querySelector('replyguard-ui')?.shadowRoot;
        if (!root?.querySelector(picker)) return 'inserted';
        const field = root.activeElement as HTMLInputElement | null;
        return field?.hasAttribute('data-variable') && field.value === '' ? 'asked' : '';
      },
      PICKER,
      { what: 'the picker closed, or an empty value field focused' },
    );
    if (state === 'inserted') return;
    await page.keyboard.type('X1');
  }
  throw new Error('the picker still asks for values after four of them');
}

function appTextWith(page: E2EPage, phrase: string): Promise<string> {
  return page.waitFor(
    (want) => {
      const value = (window as unknown as { fixture: { text(): string } }).fixture.text();
      return value.includes(want) ? value : '';
    },
    phrase,
    { what: `"${phrase}" in the app's state` },
  );
}

describe.each(BROWSERS)('templates in the buyer language (%s)', (name) => {
  const browser = useBrowser(name);
  beforeAll(() => startersSeeded(browser()));

  // The last column: whether the picker offers its language buttons (not where a rule requires one).
  const cases: Array<[string, FixturePortal, string | undefined, string, boolean]> = [
    ['the market (Pinduoduo: simplified Chinese)', 'pinduoduo', undefined, '正在由', true],
    [
      "the buyer's last message (traditional Chinese on Shopee)",
      'shopee',
      '請問我的包裹現在到哪裡了？',
      '正由',
      true,
    ],
    [
      "Walmart's English rule over a Chinese message",
      'walmart',
      '我的包裹到哪里了？',
      'is in transit',
      false,
    ],
  ];
  it.each(cases)('the picker inserts the body of %s', async (_what, portal, message, phrase, choice) => {
    const page = await browser().openPortal(portal, message ? { query: conversation(message) } : {});
    await focusEditor(page, portal);
    await pickTransit(page);
    // The buttons draw with the selection pickTransit waited for.
    expect((await layerQuery(page, `${PICKER} [data-language]`)).length > 0).toBe(choice);
    await insertSelected(page);
    expect(await appTextWith(page, phrase)).toContain(phrase);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("the agent's choice in the picker wins over the buyer's language", async () => {
    const page = await browser().openPortal('shopee', { query: conversation('พัสดุของฉันอยู่ที่ไหนแล้วคะ') });
    await focusEditor(page, 'shopee');
    await pickTransit(page);
    const [pressed] = await layerQuery(page, `${PICKER} [data-language][aria-pressed="true"]`);
    expect(pressed?.data.language).toBe('th');
    await clickInLayer(page, `${PICKER} [data-language="pt"]`);
    await page.waitFor(
      () =>
        document
          .querySelector('replyguard-ui')
          ?.shadowRoot?.querySelector('[data-language="pt"]')
          ?.getAttribute('aria-pressed') === 'true',
    );
    await clickInLayer(page, `${PICKER} [data-action="insert"]`);
    await waitForNoLayer(page, PICKER);
    expect(await appTextWith(page, 'está em trânsito')).toContain('está em trânsito');
    await page.close();
  });
});
