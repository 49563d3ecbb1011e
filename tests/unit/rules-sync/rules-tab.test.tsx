import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RulesTab } from '@/components/options/RulesTab';
import { registerRulesSync } from '@/lib/background/rules-sync';
import { MessageRouter } from '@/lib/messaging/define';
import { RulesRegistry } from '@/lib/rules/registry';
import { RegistryStore } from '@/lib/rules/registry-store';
import { messagesFromExtensionPage } from '@/tests/support/senders';
import { FakeServer, makeSigner, PACK_URL, type Signer, teamPack } from './helpers';

let n = 0;

/** Waits until `find` returns an element (the tab talks to the background asynchronously). */
async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 1000; i++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`element never appeared in ${document.body.innerHTML.slice(0, 2500)}`);
}

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('RulesTab', () => {
  let app: HTMLElement;
  let server: FakeServer;
  let signer: Signer;
  let registry: RulesRegistry;

  beforeEach(async () => {
    fakeBrowser.reset();
    messagesFromExtensionPage(fakeBrowser);
    server = new FakeServer();
    signer = await makeSigner();
    const router = new MessageRouter();
    registry = new RulesRegistry({
      fetch: server.fetch,
      store: new RegistryStore(`tab-${++n}`),
      config: { forcedMinIntervalMs: 0 },
    });
    registerRulesSync(router, registry);
    router.listen();
    app = document.createElement('div');
    document.body.append(app);
  });
  afterEach(() => {
    render(null, app);
    app.remove();
  });

  it('adds a source, shows the accepted pack, then a refused tampered update with its error', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.0.0')), signer);
    await act(() => render(<RulesTab />, app));
    // The bundled packs are listed with their versions at once; opening the tab checks nothing.
    expect(
      app
        .querySelector('[data-pack-id="common"][data-pack-origin="bundled"]')
        ?.getAttribute('data-pack-version'),
    ).toMatch(/^\d+\.\d+\.\d+$/);
    expect(app.textContent).not.toContain('Checking');
    await until(() => app.querySelector('[data-field="source-url"]'));
    await type(app.querySelector<HTMLInputElement>('[data-field="source-url"]')!, PACK_URL);
    await type(app.querySelector<HTMLTextAreaElement>('[data-field="source-key"]')!, signer.publicKey);
    await act(() => app.querySelector<HTMLButtonElement>('[data-action="add-source"]')!.click());
    const row = await until(() => app.querySelector('[data-pack-id="team"][data-pack-origin="remote"]'));
    expect(row.getAttribute('data-pack-version')).toBe('1.0.0');
    expect(app.querySelector(`[data-source-id="${PACK_URL}"]`)).not.toBeNull();

    await server.publish(PACK_URL, JSON.stringify(teamPack('1.1.0')), signer);
    server.routes.set(PACK_URL, { body: JSON.stringify(teamPack('1.1.0', ['tampered'])) });
    await until(() => !app.querySelector('[data-busy]')); // the add request has answered
    await act(() => app.querySelector<HTMLButtonElement>('[data-action="check-now"]')!.click());
    const error = await until(() => app.querySelector('[data-pack-id="team"] [data-pack-error="signature"]'));
    expect(error.textContent).toMatch(/signature/i);
    expect(app.querySelector('[data-pack-id="team"]')?.getAttribute('data-pack-version')).toBe('1.0.0');
  });

  it('shows an add error and saves overrides', async () => {
    await act(() => render(<RulesTab />, app));
    const url = await until(() => app.querySelector<HTMLInputElement>('[data-field="source-url"]'));
    // Without sources, the tab says what a team source is before asking for one.
    expect(app.querySelector('[data-empty="sources"]')?.textContent).toContain(
      'A team source is a web address',
    );
    await type(url, 'http://example.com/pack.json');
    await type(app.querySelector<HTMLTextAreaElement>('[data-field="source-key"]')!, signer.publicKey);
    await act(() => app.querySelector<HTMLButtonElement>('[data-action="add-source"]')!.click());
    const problem = await until(() => app.querySelector('[data-rules-error]'));
    expect(problem.textContent).toMatch(/https/);

    await type(
      app.querySelector<HTMLTextAreaElement>('[data-field="override-terms"]')!,
      'brandx\n\n  brandy ',
    );
    await type(app.querySelector<HTMLTextAreaElement>('[data-field="override-allow"]')!, 'Amazonia');
    await act(() => app.querySelector<HTMLButtonElement>('[data-action="save-overrides"]')!.click());
    await until(() => app.querySelector('[data-saved]'));
    expect(await registry.getOverrides()).toEqual({
      terms: ['brandx', 'brandy'],
      allow: ['Amazonia'],
    });
  });
});
