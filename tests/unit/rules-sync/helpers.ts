import { generateKeyPair, importPrivateKey, signBytes } from '@/lib/rules/signature';
import {
  DEFAULT_SYNC_CONFIG,
  type SyncConfig,
  type SyncDeps,
  type SyncStore,
} from '@/lib/rules/sync/sync-source';
import type { AcceptedPack, HighWater, Source, SourceState } from '@/lib/rules/sync/types';

export const PACK_URL = 'https://packs.example.com/team.json';

export function teamPack(version: string, terms: string[] = ['forbiddenword'], id = 'team') {
  return {
    format: 1,
    id,
    platform: 'common',
    version,
    rules: [
      {
        id: `${id}.custom`,
        category: 'custom',
        severity: 'warn',
        terms,
        message: { en: 'Team term', zh_CN: '团队词', zh_TW: '團隊詞' },
        policy: 'team',
      },
    ],
  };
}

export interface Signer {
  publicKey: string;
  sign(text: string | Uint8Array): Promise<string>;
}

export async function makeSigner(): Promise<Signer> {
  const { privateJwk, publicSpki } = await generateKeyPair();
  const key = await importPrivateKey(privateJwk);
  return {
    publicKey: publicSpki,
    sign: (text) => signBytes(typeof text === 'string' ? new TextEncoder().encode(text) : text, key),
  };
}

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Body delivered as a stream of chunks (so no Content-Length). */
  chunks?: Uint8Array[];
  /** Never answers until aborted. */
  hang?: boolean;
  /** Rejects like a DNS or connection failure. */
  networkError?: boolean;
}

/** A fake `fetch` over a table of routes; records each request's headers. */
export class FakeServer {
  readonly routes = new Map<string, Route>();
  readonly requests: { url: string; headers: Headers }[] = [];

  readonly fetch: typeof fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    this.requests.push({ url, headers: new Headers(init?.headers) });
    const route = this.routes.get(url) ?? { status: 404, body: 'not found' };
    if (route.networkError) return Promise.reject(new TypeError('Failed to fetch'));
    if (route.hang) {
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    let body: BodyInit | null = null;
    if (route.chunks) {
      const chunks = [...route.chunks];
      body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      });
    } else if (route.body !== undefined) {
      body = typeof route.body === 'string' ? route.body : (route.body as BodyInit);
    }
    const status = route.status ?? 200;
    return Promise.resolve(
      new Response(status === 304 ? null : body, {
        status,
        headers: { 'content-type': 'application/json', ...route.headers },
      }),
    );
  };

  /** Serves `text` at url and a signature of it at url.sig. */
  async publish(url: string, text: string, signer: Signer, headers: Record<string, string> = {}) {
    this.routes.set(url, { body: text, headers });
    this.routes.set(`${url}.sig`, {
      body: await signer.sign(text),
      headers: { 'content-type': 'text/plain' },
    });
  }
}

/** An in-memory SyncStore. */
export class MemoryStore implements SyncStore {
  readonly states = new Map<string, SourceState>();
  readonly accepted = new Map<string, AcceptedPack>();
  readonly high = new Map<string, HighWater>();
  async loadState(sourceId: string) {
    return structuredClone(this.states.get(sourceId));
  }
  async loadHighWater(sourceId: string) {
    return structuredClone(this.high.get(sourceId));
  }
  async loadAccepted(sourceId: string, packId: string) {
    return this.accepted.get(`${sourceId}|${packId}`);
  }
  async commit(state: SourceState, accepted: AcceptedPack[], removed: string[], high: HighWater) {
    this.states.set(state.sourceId, structuredClone(state));
    this.high.set(state.sourceId, structuredClone(high));
    for (const id of removed) this.accepted.delete(`${state.sourceId}|${id}`);
    for (const pack of accepted) this.accepted.set(`${pack.sourceId}|${pack.id}`, pack);
  }
  /** The pack accepted from the test source (`src1`). */
  pack(id: string, sourceId = 'src1') {
    return this.accepted.get(`${sourceId}|${id}`);
  }
}

export function source(publicKey: string, url = PACK_URL): Source {
  return { id: 'src1', url, publicKey, enabled: true, managed: false };
}

/** A mutable clock for tests. */
export function clock(start = Date.UTC(2026, 10, 23, 8, 0, 0)) {
  const state = { now: start };
  return { now: () => state.now, advance: (ms: number) => (state.now += ms), state };
}

/** A fresh sync world: a fake host, an empty store, a new key, a clock, and the deps syncSource takes. */
export async function syncWorld(config: SyncConfig = DEFAULT_SYNC_CONFIG) {
  const server = new FakeServer();
  const store = new MemoryStore();
  const signer = await makeSigner();
  const time = clock();
  const deps: SyncDeps = { fetch: server.fetch, now: time.now, random: () => 0.5, store, config };
  return { server, store, signer, time, deps };
}
