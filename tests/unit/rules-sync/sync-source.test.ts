import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@/lib/rules/signature';
import { DEFAULT_SYNC_CONFIG, type SyncDeps, syncSource } from '@/lib/rules/sync/sync-source';
import type { SyncErrorKind } from '@/lib/rules/sync/types';
import {
  type clock,
  type FakeServer,
  type MemoryStore,
  makeSigner,
  PACK_URL,
  type Signer,
  source,
  syncWorld,
  teamPack,
} from './helpers';

const MINUTE = 60_000;
const CONFIG = { ...DEFAULT_SYNC_CONFIG, timeoutMs: 50, maxBytes: 4096 };

let server: FakeServer;
let store: MemoryStore;
let signer: Signer;
let time: ReturnType<typeof clock>;
let deps: SyncDeps;

beforeEach(async () => {
  ({ server, store, signer, time, deps } = await syncWorld(CONFIG));
});

const v1 = JSON.stringify(teamPack('1.0.0', ['oldterm']));

/** Publishes and accepts 1.0.0, then moves the clock past the next check. */
async function acceptV1() {
  await server.publish(PACK_URL, v1, signer, { etag: '"v1"' });
  const first = await syncSource(source(signer.publicKey), deps);
  expect(first.outcome).toBe('updated');
  time.advance(2 * 60 * MINUTE);
}

async function expectRefused(kind: SyncErrorKind, force = true) {
  const result = await syncSource(source(signer.publicKey), deps, { force });
  expect(result.outcome).toBe('failed');
  const error = result.state.lastError ?? result.state.packs.team?.lastError;
  expect(error?.kind).toBe(kind);
  // The pack's own row shows why it did not update.
  expect(result.state.packs.team?.lastError?.kind).toBe(kind);
  expect(result.state.packs.team?.version).toBe('1.0.0');
  expect(error?.message.length).toBeGreaterThan(10);
  // The last good pack stays in force.
  expect(store.pack('team')?.version).toBe('1.0.0');
  expect(store.pack('team')?.text).toBe(v1);
  expect(result.accepted).toEqual([]);
  return result;
}

describe('syncSource: happy path', () => {
  it('activates a new, signed, newer version and records the state', async () => {
    await acceptV1();
    const v2 = JSON.stringify(teamPack('1.1.0', ['newterm']));
    await server.publish(PACK_URL, v2, signer);
    const result = await syncSource(source(signer.publicKey), deps);
    expect(result.outcome).toBe('updated');
    expect(result.accepted).toEqual(['team']);
    expect(store.pack('team')).toMatchObject({ version: '1.1.0', text: v2, sourceId: 'src1' });
    expect(result.state.packs.team).toMatchObject({ id: 'team', version: '1.1.0', lastCheck: time.now() });
    expect(result.state.nextCheck).toBe(time.now() + CONFIG.intervalMs);
    expect(result.state.lastError).toBeUndefined();
    expect(result.state.failures).toBe(0);
  });

  it('does not check before nextCheck unless forced, and never inside the minimum interval', async () => {
    await server.publish(PACK_URL, v1, signer);
    await syncSource(source(signer.publicKey), deps);
    const count = server.requests.length;
    time.advance(10 * MINUTE);
    expect((await syncSource(source(signer.publicKey), deps)).outcome).toBe('skipped');
    expect(server.requests.length).toBe(count);
    time.advance(1);
    deps.config = { ...CONFIG, forcedMinIntervalMs: 2000 };
    expect((await syncSource(source(signer.publicKey), deps, { force: true })).outcome).toBe('unchanged');
    expect((await syncSource(source(signer.publicKey), deps, { force: true })).outcome).toBe('skipped');
    time.advance(2000);
    expect((await syncSource(source(signer.publicKey), deps, { force: true })).outcome).toBe('unchanged');
  });
});

describe('syncSource: every failure keeps the last good pack', () => {
  beforeEach(acceptV1);

  it('bad signature (file tampered after signing)', async () => {
    const v2 = JSON.stringify(teamPack('1.1.0'));
    await server.publish(PACK_URL, v2, signer);
    server.routes.set(PACK_URL, { body: v2.replace('forbiddenword', 'harmless') });
    const result = await expectRefused('signature');
    expect(result.state.lastError?.message).toMatch(/signature does not match/);
  });

  it('missing signature file', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.1.0')), signer);
    server.routes.delete(`${PACK_URL}.sig`);
    await expectRefused('signature');
  });

  it('wrong key', async () => {
    const other = await makeSigner();
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.1.0')), other);
    await expectRefused('signature');
  });

  it('unreadable public key', async () => {
    const result = await syncSource({ ...source('not a key!'), id: 'src1' }, deps, { force: true });
    expect(result.state.lastError?.kind).toBe('key');
    expect(store.pack('team')?.version).toBe('1.0.0');
  });

  it('older version', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('0.9.0')), signer);
    const result = await expectRefused('version');
    expect(result.state.lastError?.message).toMatch(/older/);
    expect(result.state.packs.team?.version).toBe('1.0.0');
  });

  it('same version with different content', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.0.0', ['sneaky'])), signer);
    const result = await expectRefused('version');
    expect(result.state.lastError?.message).toMatch(/bump the version/);
  });

  it('same version, same bytes: nothing new, no error', async () => {
    server.routes.get(PACK_URL)!.headers = {}; // no validators: a full download
    const result = await syncSource(source(signer.publicKey), deps, { force: true });
    expect(result.outcome).toBe('unchanged');
    expect(result.state.lastError).toBeUndefined();
    expect(store.pack('team')?.text).toBe(v1);
  });

  it('malformed JSON (correctly signed)', async () => {
    await server.publish(PACK_URL, '{"format":1,"id":"team",', signer);
    await expectRefused('json');
  });

  it('schema violation', async () => {
    const bad = teamPack('1.1.0');
    (bad.rules[0] as { category: string }).category = 'not-a-category';
    await server.publish(PACK_URL, JSON.stringify(bad), signer);
    const result = await expectRefused('schema');
    expect(result.state.lastError?.message).toMatch(/rules\.0\.category/);
  });

  it('oversized, announced by Content-Length', async () => {
    const big = 'x'.repeat(CONFIG.maxBytes + 1);
    server.routes.set(PACK_URL, { body: big, headers: { 'content-length': String(big.length) } });
    await expectRefused('too-large');
  });

  it('oversized, streamed without Content-Length', async () => {
    const chunk = new TextEncoder().encode(`{"a":"${'x'.repeat(1000)}`);
    server.routes.set(PACK_URL, { chunks: [chunk, chunk, chunk, chunk, chunk, chunk] });
    const result = await expectRefused('too-large');
    expect(result.state.lastError?.message).toMatch(/4096-byte limit/);
  });

  it('oversized, with a lying (small) Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(3000));
    server.routes.set(PACK_URL, { chunks: [chunk, chunk], headers: { 'content-length': '10' } });
    await expectRefused('too-large');
  });

  it('HTML error page served with 200', async () => {
    server.routes.set(PACK_URL, {
      body: '<!doctype html><title>Oops</title>',
      headers: { 'content-type': 'text/html' },
    });
    await expectRefused('html');
  });

  it('HTML body even when labelled as JSON', async () => {
    server.routes.set(PACK_URL, { body: '\n  <html><body>Sign in</body></html>' });
    await expectRefused('html');
  });

  it('empty body', async () => {
    server.routes.set(PACK_URL, { body: '' });
    await expectRefused('empty');
  });

  it('timeout', async () => {
    server.routes.set(PACK_URL, { hang: true });
    const result = await expectRefused('timeout');
    expect(result.state.lastError?.message).toMatch(/50 ms/);
  });

  it('network error', async () => {
    server.routes.set(PACK_URL, { networkError: true });
    await expectRefused('network');
  });

  it('HTTP 500, with a backoff that grows and stays within the jitter bounds', async () => {
    server.routes.set(PACK_URL, { status: 500, body: 'boom' });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const random = [0, 1, 0.5, 0.5][i]!;
      deps.random = () => random;
      const result = await expectRefused('http', false);
      expect(result.state.lastError?.message).toMatch(/HTTP 500/);
      expect(result.state.failures).toBe(i + 1);
      const delay = result.state.nextCheck! - time.now();
      const nominal = CONFIG.baseBackoffMs * 2 ** i;
      expect(delay).toBeGreaterThanOrEqual(nominal * (1 - CONFIG.jitter));
      expect(delay).toBeLessThanOrEqual(nominal * (1 + CONFIG.jitter));
      delays.push(delay);
      time.advance(delay);
    }
    expect(delays[0]).toBe(CONFIG.baseBackoffMs * 0.8);
    expect(delays[1]).toBe(CONFIG.baseBackoffMs * 2 * 1.2);
    expect(delays[3]).toBeGreaterThan(delays[2]!);
    // The backoff is capped.
    const state = store.states.get('src1')!;
    store.states.set('src1', { ...state, failures: 40 });
    const capped = await syncSource(source(signer.publicKey), deps);
    expect(capped.state.nextCheck! - time.now()).toBeLessThanOrEqual(CONFIG.maxBackoffMs * 1.2);
    // Recovery resets the failure count.
    time.advance(CONFIG.maxBackoffMs * 2);
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.2.0')), signer);
    const ok = await syncSource(source(signer.publicKey), deps);
    expect(ok.outcome).toBe('updated');
    expect(ok.state.failures).toBe(0);
  });

  it('304 Not Modified: conditional headers sent, nothing changes, no error', async () => {
    server.routes.set(PACK_URL, { status: 304, headers: { etag: '"v1"' } });
    const result = await syncSource(source(signer.publicKey), deps);
    expect(result.outcome).toBe('not-modified');
    expect(server.requests.at(-1)?.headers.get('if-none-match')).toBe('"v1"');
    expect(result.state.lastError).toBeUndefined();
    expect(result.state.etag).toBe('"v1"');
    expect(store.pack('team')?.text).toBe(v1);
  });

  it('a pack whose compile throws is refused', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.1.0')), signer);
    deps.compile = () => {
      throw new Error('automaton exploded');
    };
    const result = await expectRefused('compile');
    expect(result.state.lastError?.message).toMatch(/automaton exploded/);
  });

  it('a pack whose RE2 pattern the real engine rejects is refused', async () => {
    const bad = teamPack('1.1.0');
    (bad.rules[0] as { patterns?: string[] }).patterns = ['(?<=lookbehind)x'];
    await server.publish(PACK_URL, JSON.stringify(bad), signer);
    await expectRefused('compile');
  });

  it('validators are not kept after a failure, so the retry downloads again', async () => {
    await server.publish(PACK_URL, JSON.stringify(teamPack('1.1.0')), signer, { etag: '"bad"' });
    server.routes.set(`${PACK_URL}.sig`, { body: 'AAAA' });
    const result = await expectRefused('signature');
    expect(result.state.etag).toBe('"v1"');
  });
});

describe('syncSource: a signed index of several packs', () => {
  const INDEX_URL = 'https://packs.example.com/team/index.json';

  async function publishIndex(packs: { id: string; version: string; text: string; path?: string }[]) {
    const entries = [];
    for (const pack of packs) {
      const path = pack.path ?? `${pack.id}.json`;
      server.routes.set(new URL(path, INDEX_URL).href, { body: pack.text });
      entries.push({
        id: pack.id,
        version: pack.version,
        path,
        sha256: await sha256Hex(new TextEncoder().encode(pack.text)),
      });
    }
    await server.publish(
      INDEX_URL,
      JSON.stringify({ format: 1, kind: 'replyguard-pack-index', packs: entries }),
      signer,
    );
  }

  it('accepts each listed pack, bound by its digest, and keeps per-pack errors', async () => {
    const a = JSON.stringify(teamPack('1.0.0', ['aa'], 'team-a'));
    const b = JSON.stringify(teamPack('2.0.0', ['bb'], 'team-b'));
    await publishIndex([
      { id: 'team-a', version: '1.0.0', text: a },
      { id: 'team-b', version: '2.0.0', text: b },
    ]);
    const src = source(signer.publicKey, INDEX_URL);
    const first = await syncSource(src, deps);
    expect(first.outcome).toBe('updated');
    expect([...store.accepted.values()].map((p) => p.id).sort()).toEqual(['team-a', 'team-b']);

    // team-b's file is swapped for content the index did not sign; team-a moves forward.
    time.advance(2 * 60 * MINUTE);
    const a2 = JSON.stringify(teamPack('1.1.0', ['aa2'], 'team-a'));
    const b2 = JSON.stringify(teamPack('2.1.0', ['bb2'], 'team-b'));
    await publishIndex([
      { id: 'team-a', version: '1.1.0', text: a2 },
      { id: 'team-b', version: '2.1.0', text: b2 },
    ]);
    server.routes.set('https://packs.example.com/team/team-b.json', { body: b2.replace('bb2', 'evil') });
    const second = await syncSource(src, deps);
    expect(second.outcome).toBe('failed');
    expect(store.pack('team-a')?.version).toBe('1.1.0');
    expect(store.pack('team-b')?.version).toBe('2.0.0');
    expect(second.state.packs['team-b']?.lastError?.kind).toBe('digest');
    expect(second.state.packs['team-a']?.lastError).toBeUndefined();
    expect(second.state.lastError).toBeUndefined();

    // A pack dropped from the index is removed.
    time.advance(CONFIG.maxBackoffMs * 2);
    await publishIndex([{ id: 'team-a', version: '1.1.0', text: a2 }]);
    const third = await syncSource(src, deps);
    expect(third.outcome).toBe('updated');
    expect([...store.accepted.values()].map((p) => p.id)).toEqual(['team-a']);
    expect(Object.keys(third.state.packs)).toEqual(['team-a']);
  });

  it('caps the total size of the packs downloaded from one index', async () => {
    const words = (c: string) => Array.from({ length: 220 }, (_, i) => `${c}${String(i).padStart(7, '0')}`);
    const a = JSON.stringify(teamPack('1.0.0', words('a'), 'team-a'));
    const b = JSON.stringify(teamPack('1.0.0', words('b'), 'team-b'));
    await publishIndex([
      { id: 'team-a', version: '1.0.0', text: a },
      { id: 'team-b', version: '1.0.0', text: b },
    ]);
    deps.config = { ...CONFIG, maxTotalBytes: 5000 };
    const result = await syncSource(source(signer.publicKey, INDEX_URL), deps);
    expect(store.pack('team-a') !== undefined).toBe(true);
    expect(store.pack('team-b') !== undefined).toBe(false);
    expect(result.state.packs['team-b']?.lastError?.kind).toBe('too-large');
  });
});
