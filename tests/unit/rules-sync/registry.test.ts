import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bundledPacks } from '@/lib/rules/bundled';
import { RulesRegistry } from '@/lib/rules/registry';
import { mergeActivePacks } from '@/lib/rules/registry-merge';
import { RegistryStore } from '@/lib/rules/registry-store';
import { sha256Hex } from '@/lib/rules/signature';
import { managedPolicy, rulesChanged } from '@/lib/storage/items';
import { clock, FakeServer, makeSigner, PACK_URL, type Signer, teamPack } from './helpers';

let db = 0;
let server: FakeServer;
let signer: Signer;
let time: ReturnType<typeof clock>;
let registry: RulesRegistry;

beforeEach(async () => {
  fakeBrowser.reset();
  server = new FakeServer();
  signer = await makeSigner();
  time = clock();
  registry = new RulesRegistry({
    fetch: server.fetch,
    now: time.now,
    random: () => 0.5,
    store: new RegistryStore(`registry-test-${++db}`),
  });
});

/** What a content script on a Shopee page gets, by pack id. */
async function published(): Promise<Record<string, { version: string }>> {
  const { packs } = await registry.rulesFor('shopee');
  return Object.fromEntries(packs.map((pack) => [pack.id, pack]));
}

const withTemplates = () => ({
  ...teamPack('1.0.0'),
  templates: [{ id: 'greet', title: '问候', body: 'Hello {buyer}' }],
});

describe('RulesRegistry', () => {
  it('publishes bundled packs plus an accepted team pack, and exposes its templates', async () => {
    await server.publish(PACK_URL, JSON.stringify(withTemplates()), signer);
    await registry.addSource({ url: PACK_URL, publicKey: signer.publicKey });
    await registry.sync({ force: true });
    const active = await published();
    expect(active.team?.version).toBe('1.0.0');
    expect(Object.keys(active)).toEqual(['common', 'team', 'shopee']);
    // What a content script gets: its platform's packs, in order, and the revision it watches.
    const forShopee = await registry.rulesFor('shopee');
    expect(forShopee.packs.find((pack) => pack.id === 'team')?.rules[0]?.terms).toEqual(['forbiddenword']);
    expect((await rulesChanged.get()).revision).toBe(forShopee.revision);
    const templates = await registry.teamTemplates();
    expect(templates).toHaveLength(1);
    expect(templates[0]).toMatchObject({ id: 'team:team:greet', source: 'team:team', body: 'Hello {buyer}' });
    const status = await registry.status();
    expect(status.packs.find((row) => row.id === 'team')).toMatchObject({
      origin: 'remote',
      version: '1.0.0',
      sourceId: PACK_URL,
      templates: 1,
    });
    expect(status.sources[0]?.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps publishing the last good pack when the source turns bad, and shows the error', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.0.0')), signer);
    await registry.addSource({ url: PACK_URL, publicKey: signer.publicKey });
    await registry.sync({ force: true });
    time.advance(10_000);
    const tampered = JSON.stringify(teamPack('1.1.0', ['nothing']));
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.1.0')), signer);
    server.routes.set(PACK_URL, { body: tampered });
    await registry.sync({ force: true });
    expect((await published()).team?.version).toBe('1.0.0');
    const row = (await registry.status()).packs.find((r) => r.id === 'team');
    expect(row?.lastError?.kind).toBe('signature');
    expect(row?.version).toBe('1.0.0');
  });

  it('shows a pack row with the error when a first download is refused', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.0.0')), await makeSigner());
    await registry.addSource({ url: PACK_URL, publicKey: signer.publicKey });
    await registry.sync({ force: true });
    const status = await registry.status();
    expect(status.sources[0]?.state?.lastError?.kind).toBe('signature');
    expect((await published()).team).toBeUndefined();
  });

  it('drops a source’s packs when it is disabled or removed, and restores bundled twins', async () => {
    await fakeBrowser.storage.managed.set({ allowUserOverrides: true });
    const shopee = { ...teamPack('99.0.0', ['teamshopeeterm'], 'shopee'), platform: 'shopee' };
    await server.publish(PACK_URL, JSON.stringify(shopee), signer);
    await registry.addSource({ url: PACK_URL, publicKey: signer.publicKey });
    await registry.sync({ force: true });
    expect((await published()).shopee?.version).toBe('99.0.0');
    await registry.setSourceEnabled(PACK_URL, false);
    expect((await published()).shopee?.version).toBe(bundledPacks().shopee?.version);
    await registry.setSourceEnabled(PACK_URL, true);
    expect((await published()).shopee?.version).toBe('99.0.0');
    await registry.removeSource(PACK_URL);
    expect((await published()).shopee?.version).toBe(bundledPacks().shopee?.version);
    expect((await registry.status()).sources).toEqual([]);
  });

  it('refuses a source with a bad URL or key', async () => {
    await expect(
      registry.addSource({ url: 'http://packs.example.com/x.json', publicKey: signer.publicKey }),
    ).rejects.toThrow(/https/);
    await expect(registry.addSource({ url: PACK_URL, publicKey: 'nope' })).rejects.toThrow(/public key/);
    await expect(
      registry.addSource({ url: 'http://127.0.0.1:8080/team.json', publicKey: signer.publicKey }),
    ).resolves.toMatchObject({ enabled: true });
  });

  it('adds enterprise-policy sources that cannot be removed, and can lock out user sources', async () => {
    const url = 'https://corp.example.com/packs/index.json';
    await fakeBrowser.storage.managed.set({
      sources: [{ url, publicKey: signer.publicKey }],
      disableUserSources: true,
    });
    const status = await registry.status();
    expect(status.sources).toHaveLength(1);
    expect(status.sources[0]).toMatchObject({ url, managed: true, enabled: true });
    expect(status.userSourcesDisabled).toBe(true);
    await expect(registry.removeSource(url)).rejects.toThrow(/organisation/);
    await expect(registry.setSourceEnabled(url, false)).rejects.toThrow(/organisation/);
    await expect(registry.addSource({ url: PACK_URL, publicKey: signer.publicKey })).rejects.toThrow(
      /organisation/,
    );
  });

  it('treats unavailable managed storage as no policy', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(
      new Error('Managed storage manifest not found'),
    );
    const open = { sources: [], disableUserSources: false, allowUserOverrides: false, errors: [] };
    expect(await managedPolicy.get()).toEqual(open);
    expect(await managedPolicy.get()).toEqual(open); // nothing set in managed storage: no policy
    // One bad source in a policy costs only that source.
    const good = { url: 'https://packs.example.com/p.json', publicKey: 'k' };
    await fakeBrowser.storage.managed.set({ sources: [good, { url: 3 }], disableUserSources: true });
    expect(await managedPolicy.get()).toMatchObject({ sources: [good], disableUserSources: true });
  });

  it('lists a pack from an index that was never accepted, with its error', async () => {
    const url = 'https://packs.example.com/i/index.json';
    const text = JSON.stringify(teamPack('1.0.0', ['x'], 'team-new'));
    server.routes.set('https://packs.example.com/i/team-new.json', { body: text.replace('"x"', '"y"') });
    const sha256 = await sha256Hex(new TextEncoder().encode(text));
    const index = {
      format: 1,
      kind: 'replyguard-pack-index',
      packs: [{ id: 'team-new', version: '1.0.0', path: 'team-new.json', sha256 }],
    };
    await server.publish(url, JSON.stringify(index), signer);
    await registry.addSource({ url, publicKey: signer.publicKey });
    await registry.sync({ force: true });
    const row = (await registry.status()).packs.find((r) => r.id === 'team-new');
    expect(row).toMatchObject({ origin: 'none', sourceId: url });
    expect(row?.version).toBeUndefined();
    expect(row?.lastError?.kind).toBe('digest');
  });

  it('stores and publishes cleaned local overrides', async () => {
    const saved = await registry.setOverrides({
      terms: [' 拼多多外链 ', '', 'abc', 'abc'],
      allow: ['Amazonia Shop'],
    });
    expect(saved).toEqual({ terms: ['拼多多外链', 'abc'], allow: ['Amazonia Shop'] });
    expect(await registry.getOverrides()).toEqual(saved);
    expect((await registry.rulesFor('shopee')).overrides).toEqual(saved);
    // Nothing a content script could write decides them: storage.local holds only a revision.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([rulesChanged.key]);
  });
});

describe('mergeActivePacks', () => {
  const bundled = bundledPacks();
  const src = (id: string, managed = false) => ({ id, url: id, publicKey: 'k', enabled: true, managed });
  const remote = (version: string, id = 'shopee', sourceId = 's') => ({
    pack: { ...bundled.shopee!, id, version },
    sourceId,
  });

  it('lets a policy source’s pack replace its bundled twin only when at least as new', () => {
    const newer = mergeActivePacks(bundled, [remote('99.0.0')], [src('s', true)]).entries;
    expect(newer.shopee).toMatchObject({ origin: 'remote', sourceId: 's' });
    const older = mergeActivePacks(bundled, [remote('0.0.1')], [src('s', true)]).entries;
    expect(older.shopee?.origin).toBe('bundled');
  });

  it('adds team packs and skips disabled sources', () => {
    const on = mergeActivePacks(bundled, [remote('1.0.0', 'team-x')], [src('s')]).entries;
    expect(on['team-x']).toBeDefined();
    const off = mergeActivePacks(bundled, [remote('1.0.0', 'team-x')], [{ ...src('s'), enabled: false }]);
    expect(off.entries['team-x']).toBeUndefined();
  });
});
