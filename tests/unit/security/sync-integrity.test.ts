// A signed index or pack cannot be rolled back (issue #12, item 3): high-water marks per source and per
// pack survive a pack's removal, and indexes carry a signed sequence number.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RulesRegistry } from '@/lib/rules/registry';
import { RegistryStore } from '@/lib/rules/registry-store';
import { sha256Hex } from '@/lib/rules/signature';
import { type SyncDeps, syncSource } from '@/lib/rules/sync/sync-source';
import {
  type clock,
  type FakeServer,
  type MemoryStore,
  type Signer,
  source,
  syncWorld,
  teamPack,
} from '@/tests/unit/rules-sync/helpers';

const INDEX_URL = 'https://packs.example.com/team/index.json';
const HOUR = 3_600_000;

let server: FakeServer;
let store: MemoryStore;
let signer: Signer;
let time: ReturnType<typeof clock>;
let deps: SyncDeps;

beforeEach(async () => {
  ({ server, store, signer, time, deps } = await syncWorld());
});

/** Signs an index listing `versions` of pack `team` (with a sequence unless undefined); returns its text. */
async function signedIndex(versions: string[], sequence?: number): Promise<string> {
  const packs = [];
  for (const version of versions) {
    const text = JSON.stringify(teamPack(version, [`term${version}`]));
    const path = `team-${version}.json`;
    server.routes.set(new URL(path, INDEX_URL).href, { body: text });
    packs.push({ id: 'team', version, path, sha256: await sha256Hex(new TextEncoder().encode(text)) });
  }
  return JSON.stringify({
    format: 1,
    kind: 'replyguard-pack-index',
    ...(sequence === undefined ? {} : { sequence }),
    packs,
  });
}

async function serve(index: string) {
  await server.publish(INDEX_URL, index, signer);
  time.advance(2 * HOUR);
  return syncSource(source(signer.publicKey, INDEX_URL), deps, { force: true });
}

describe('replayed indexes', () => {
  it('refuses an older signed index whole: 2.0.0 → an empty index → 1.0.0 never rolls back', async () => {
    const v1 = await signedIndex(['1.0.0'], 1);
    const empty = await signedIndex([], 2);
    expect((await serve(await signedIndex(['2.0.0'], 3))).outcome).toBe('updated');
    expect(store.pack('team')?.version).toBe('2.0.0');
    const replayEmpty = await serve(empty);
    expect(replayEmpty.outcome).toBe('failed');
    expect(replayEmpty.state.lastError).toMatchObject({ kind: 'version' });
    expect(replayEmpty.state.lastError?.message).toMatch(/sequence 2, older than 3/);
    expect(store.pack('team')?.version).toBe('2.0.0');
    expect((await serve(v1)).outcome).toBe('failed');
    expect(store.pack('team')?.version).toBe('2.0.0');
  });

  it('refuses an index that changed without a new sequence', async () => {
    await serve(await signedIndex(['1.0.0'], 5));
    const changed = await serve(await signedIndex(['1.1.0'], 5));
    expect(changed.state.lastError?.message).toMatch(/without a new sequence/);
    expect(store.pack('team')?.version).toBe('1.0.0');
  });

  it('reads indexes without a sequence as 0, keeps pack marks after a removal, and refuses them once sequenced', async () => {
    // The attack of the review on indexes made before sequences existed.
    await serve(await signedIndex(['2.0.0']));
    expect((await serve(await signedIndex([]))).outcome).toBe('updated'); // removals still apply
    expect(store.pack('team')).toBeUndefined();
    const older = await serve(await signedIndex(['1.0.0']));
    expect(older.state.packs.team?.lastError?.message).toMatch(/older than 2\.0\.0 accepted before/);
    expect(store.pack('team')).toBeUndefined();
    // The publisher moves to sequences: from then on an unsequenced (older) index is a replay.
    expect((await serve(await signedIndex(['2.1.0'], 1))).outcome).toBe('updated');
    expect((await serve(await signedIndex(['2.1.0']))).state.lastError?.kind).toBe('version');
  });

  it('refuses a single pack older than one accepted before, also after the source served none', async () => {
    const url = 'https://packs.example.com/team.json';
    const src = source(signer.publicKey, url);
    await server.publish(url, JSON.stringify(teamPack('2.0.0')), signer);
    await syncSource(src, deps, { force: true });
    store.accepted.clear(); // the pack gone from the store (removed, or the store cleared)
    await server.publish(url, JSON.stringify(teamPack('1.0.0')), signer);
    time.advance(2 * HOUR);
    const result = await syncSource(src, deps, { force: true });
    expect(result.state.lastError?.message).toMatch(/older than 2\.0\.0 accepted before/);
  });
});

describe('registry', () => {
  let n = 0;
  beforeEach(() => fakeBrowser.reset());

  it('keeps high-water marks when a source is removed and re-added with the same key', async () => {
    const registry = new RulesRegistry({
      fetch: server.fetch,
      now: time.now,
      random: () => 0.5,
      store: new RegistryStore(`integrity-${++n}`),
    });
    await server.publish(INDEX_URL, await signedIndex(['2.0.0'], 3), signer);
    await registry.addSource({ url: INDEX_URL, publicKey: signer.publicKey });
    await registry.sync({ force: true });
    await registry.removeSource(INDEX_URL);
    await server.publish(INDEX_URL, await signedIndex(['1.0.0'], 1), signer);
    await registry.addSource({ url: INDEX_URL, publicKey: signer.publicKey });
    await registry.sync({ force: true });
    const status = await registry.status();
    expect(status.sources[0]?.state?.lastError?.message).toMatch(/older than 3/);
    expect(status.packs.find((row) => row.id === 'team')?.version).toBeUndefined();
  });
});
