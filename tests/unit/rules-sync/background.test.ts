import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RULES_SYNC_ALARM, registerRulesSync } from '@/lib/background/rules-sync';
import { MessageRouter } from '@/lib/messaging/define';
import { RulesRegistry } from '@/lib/rules/registry';
import { RegistryStore } from '@/lib/rules/registry-store';
import { EXTENSION_SENDER } from '@/tests/support/senders';
import { FakeServer, makeSigner, PACK_URL, teamPack } from './helpers';

let n = 0;

describe('registerRulesSync (messages)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a source, checks it at once, reports status and errors through zod messages', async () => {
    const server = new FakeServer();
    const signer = await makeSigner();
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.0.0')), signer);
    const router = new MessageRouter();
    const registry = new RulesRegistry({ fetch: server.fetch, store: new RegistryStore(`bg-test-${++n}`) });
    registerRulesSync(router, registry);
    const send = (type: string, payload: unknown) =>
      router.handle({ type, payload }, EXTENSION_SENDER) as Promise<{
        ok: boolean;
        value?: { packs: { id: string; version?: string; lastError?: { kind: string } }[] };
        error?: string;
      }>;

    const added = await send('rules.addSource', { url: PACK_URL, publicKey: signer.publicKey });
    expect(added.ok).toBe(true);
    expect(added.value?.packs.find((p) => p.id === 'team')?.version).toBe('1.0.0');
    const active = (await send('rules.active', { platform: 'shopee' })) as unknown as {
      value: { packs: { id: string }[] };
    };
    expect(active.value.packs.map((pack) => pack.id)).toEqual(['common', 'team', 'shopee']);

    const bad = await send('rules.addSource', { url: 'ftp://x', publicKey: signer.publicKey });
    expect(bad).toMatchObject({ ok: false });
    expect(bad.error).toMatch(/https/);

    const overrides = await send('rules.setOverrides', { terms: ['x'], allow: [] });
    expect(overrides).toEqual({ ok: true, value: { terms: ['x'], allow: [] } });
    expect(await send('rules.teamTemplates', {})).toEqual({ ok: true, value: [] });
  });

  it('creates the periodic alarm on install', async () => {
    registerRulesSync(new MessageRouter(), new RulesRegistry({ store: new RegistryStore(`bg-test-${++n}`) }));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const alarm = await fakeBrowser.alarms.get(RULES_SYNC_ALARM);
    expect(alarm?.periodInMinutes).toBe(15);
  });
});
