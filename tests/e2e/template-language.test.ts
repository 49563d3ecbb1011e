import { describe, expect, it } from 'vitest';
import type { FixturePortal } from '@/tests/fixtures/server';
import { BROWSERS, type E2EPage, sleep } from './harness';
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

/** Opens the picker with the shortcut and selects the in-transit template by searching for it. */
async function pickTransit(page: E2EPage): Promise<void> {
  await page.chord(['Alt', 'Shift', 'T']);
  await waitForLayer(page, `${PICKER} [data-template-id]`);
  await page.keyboard.type('transit');
  await page.waitFor(
    () =>
      document
        .querySelector('replyguard-ui')
        ?.shadowRoot?.querySelector('[data-template-id][aria-selected="true"]')
        ?.getAttribute('data-template-id') === 'starter.tracking-in-transit',
    undefined,
    { what: 'the in-transit template selected' },
  );
}

/** Enter inserts; variables the page does not show are asked for first. */
async function insertSelected(page: E2EPage): Promise<void> {
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4 && (await layerQuery(page, PICKER)).length > 0; i++) {
    await page.keyboard.type('X1');
    await page.keyboard.press('Enter');
    await sleep(150);
  }
  await waitForNoLayer(page, PICKER);
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

  const cases: Array<[string, FixturePortal, string | undefined, string]> = [
    ['the market (Pinduoduo: simplified Chinese)', 'pinduoduo', undefined, '正在由'],
    [
      "the buyer's last message (traditional Chinese on Shopee)",
      'shopee',
      '請問我的包裹現在到哪裡了？',
      '正由',
    ],
    ["Walmart's English rule over a Chinese message", 'walmart', '我的包裹到哪里了？', 'is in transit'],
  ];
  it.each(cases)('the picker inserts the body of %s', async (_what, portal, message, phrase) => {
    const page = await browser().openPortal(portal, message ? { query: conversation(message) } : {});
    await focusEditor(page, portal);
    await pickTransit(page);
    if (portal === 'walmart') expect(await layerQuery(page, `${PICKER} [data-language]`)).toEqual([]);
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
