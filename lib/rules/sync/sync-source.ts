import type { Pack } from '@/lib/rules/pack-schema';
import { importPublicKey, sha256Hex, verifyBytes } from '@/lib/rules/signature';
import { compareVersions } from '@/lib/rules/version';
import { type BackoffConfig, backoffDelay } from './backoff';
import { type BoundedResponse, fetchBounded } from './fetch-bounded';
import { looksLikeIndex, type PackIndex, PackIndexSchema } from './index-schema';
import type { AcceptedPack, HighWater, PackState, Source, SourceState, SyncErrorInfo } from './types';
import { SyncError } from './types';
import { compilePack, describeIssues, parseJsonBytes, validatePack } from './validate-pack';

export interface SyncConfig extends BackoffConfig {
  /** Delay after a successful check. */
  intervalMs: number;
  /** Never fetch a source more often than this on scheduled checks… */
  minIntervalMs: number;
  /** …or than this when the agent presses "check now" (0: the button is the agent's explicit wish). */
  forcedMinIntervalMs: number;
  timeoutMs: number;
  /** Per file. */
  maxBytes: number;
  /** All packs downloaded from one index in one check (storage.local has a quota). */
  maxTotalBytes: number;
}

export const DEFAULT_SYNC_CONFIG: SyncConfig = {
  intervalMs: 60 * 60_000,
  minIntervalMs: 60_000,
  forcedMinIntervalMs: 0,
  baseBackoffMs: 5 * 60_000,
  maxBackoffMs: 6 * 60 * 60_000,
  jitter: 0.2,
  timeoutMs: 15_000,
  maxBytes: 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024,
};

/** Persistence the pipeline needs: the source's state, its high-water mark and the packs accepted from it. */
export interface SyncStore {
  loadState(sourceId: string): Promise<SourceState | undefined>;
  loadHighWater(sourceId: string): Promise<HighWater | undefined>;
  loadAccepted(sourceId: string, packId: string): Promise<AcceptedPack | undefined>;
  /** Saves the state, the newly accepted packs, the removals and the high-water mark in one step. */
  commit(state: SourceState, accepted: AcceptedPack[], removed: string[], high: HighWater): Promise<void>;
}

export interface SyncDeps {
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  store: SyncStore;
  /** Throws when the pack cannot be compiled; defaults to the real lint engine. */
  compile?: (pack: Pack) => void;
  config?: Partial<SyncConfig>;
}

export type SyncOutcome = 'skipped' | 'not-modified' | 'unchanged' | 'updated' | 'failed';

export interface SyncResult {
  outcome: SyncOutcome;
  state: SourceState;
  /** Ids of packs accepted in this run. */
  accepted: string[];
}

const SIGNATURE_MAX_BYTES = 4096;

/**
 * Checks one source: conditional GET, size/time limits, HTML and empty-body rejection, signature over the
 * exact bytes, JSON, schema, forward-only versions, compile test, then an atomic commit. Any failure is
 * recorded (kind + message) and the last good packs stay in force.
 */
export async function syncSource(
  source: Source,
  deps: SyncDeps,
  options: { force?: boolean } = {},
): Promise<SyncResult> {
  const config = { ...DEFAULT_SYNC_CONFIG, ...deps.config };
  const now = deps.now();
  const previous = (await deps.store.loadState(source.id)) ?? { sourceId: source.id, failures: 0, packs: {} };
  const minGap = options.force ? config.forcedMinIntervalMs : config.minIntervalMs;
  const tooSoon = previous.lastCheck !== undefined && now - previous.lastCheck < minGap;
  const notDue = !options.force && previous.nextCheck !== undefined && now < previous.nextCheck;
  if (tooSoon || notDue) return { outcome: 'skipped', state: previous, accepted: [] };

  const known = await deps.store.loadHighWater(source.id);
  // A source re-added with another key starts over; the same key keeps every mark it ever reached.
  const high: HighWater =
    known && known.publicKey === source.publicKey
      ? structuredClone(known)
      : { publicKey: source.publicKey, sequence: 0, packs: {} };
  const run = new Run(source, deps, config, now, previous, high);
  let outcome: SyncOutcome;
  let sourceError: SyncErrorInfo | undefined;
  try {
    outcome = await run.execute();
  } catch (error) {
    sourceError = toErrorInfo(error, now);
    outcome = 'failed';
  }
  const failed = outcome === 'failed' || run.packFailed;
  const failures = failed ? previous.failures + 1 : 0;
  const nextCheck = now + (failed ? backoffDelay(failures, deps.random, config) : config.intervalMs);
  const packs: Record<string, PackState> = {};
  for (const [id, pack] of Object.entries(run.packs)) {
    if (run.removed.includes(id)) continue;
    // A source-level failure (fetch, signature…) is also why each of its packs did not update.
    packs[id] = { ...pack, lastCheck: now, nextCheck, lastError: sourceError ?? pack.lastError };
  }
  const state: SourceState = {
    sourceId: source.id,
    // Validators are kept only after a full success, so a 304 never hides a pack that still needs a retry.
    etag: failed ? previous.etag : (run.etag ?? previous.etag),
    lastModified: failed ? previous.lastModified : (run.lastModified ?? previous.lastModified),
    lastCheck: now,
    nextCheck,
    failures,
    lastError: sourceError,
    lastSuccess: failed ? previous.lastSuccess : now,
    packs,
  };
  await deps.store.commit(state, run.accepted, run.removed, run.high);
  if (failed) outcome = 'failed';
  return { outcome, state, accepted: run.accepted.map((pack) => pack.id) };
}

function toErrorInfo(error: unknown, at: number): SyncErrorInfo {
  if (error instanceof SyncError) return { kind: error.kind, message: error.message, at };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error), at };
}

/** One check of one source; collects per-pack results for the commit. */
class Run {
  readonly accepted: AcceptedPack[] = [];
  readonly removed: string[] = [];
  readonly packs: Record<string, PackState>;
  packFailed = false;
  private downloaded = 0;
  etag: string | undefined;
  lastModified: string | undefined;

  constructor(
    private readonly source: Source,
    private readonly deps: SyncDeps,
    private readonly config: SyncConfig,
    private readonly now: number,
    private readonly previous: SourceState,
    /** Raised as packs are accepted and a newer index is applied; never lowered. */
    readonly high: HighWater,
  ) {
    this.packs = structuredClone(previous.packs);
  }

  async execute(): Promise<SyncOutcome> {
    let key: CryptoKey;
    try {
      key = await importPublicKey(this.source.publicKey);
    } catch (error) {
      throw new SyncError('key', `the public key cannot be read: ${(error as Error).message}`);
    }
    const headers: Record<string, string> = {};
    if (this.previous.etag) headers['If-None-Match'] = this.previous.etag;
    if (this.previous.lastModified) headers['If-Modified-Since'] = this.previous.lastModified;
    const response = await this.get(this.source.url, headers, this.config.maxBytes);
    if (response.status === 304) {
      for (const pack of Object.values(this.packs)) delete pack.lastError;
      return 'not-modified';
    }
    checkBody(response, this.source.url);
    this.etag = response.headers.get('etag') ?? undefined;
    this.lastModified = response.headers.get('last-modified') ?? undefined;
    await this.checkSignature(response.bytes, key);
    const { text, value } = parseJsonBytes(response.bytes, this.source.url);
    if (looksLikeIndex(value)) return this.applyIndex(value, await sha256Hex(response.bytes));
    const pack = validatePack(value, this.source.url);
    this.packs[pack.id] ??= { id: pack.id, sourceId: this.source.id };
    delete this.packs[pack.id]!.lastError;
    return (await this.consider(pack, text)) ? 'updated' : 'unchanged';
  }

  private async get(
    url: string,
    headers: Record<string, string>,
    maxBytes: number,
  ): Promise<BoundedResponse> {
    const response = await fetchBounded(this.deps.fetch, url, {
      headers,
      maxBytes,
      timeoutMs: this.config.timeoutMs,
    });
    if (response.status !== 304 && (response.status < 200 || response.status > 299)) {
      throw new SyncError('http', `${url} answered HTTP ${response.status}`);
    }
    return response;
  }

  private async checkSignature(bytes: Uint8Array, key: CryptoKey): Promise<void> {
    const sigUrl = `${this.source.url}.sig`;
    let sig: BoundedResponse;
    try {
      sig = await this.get(sigUrl, {}, SIGNATURE_MAX_BYTES);
    } catch (error) {
      if (error instanceof SyncError && error.kind === 'http') {
        throw new SyncError('signature', `no signature: ${error.message}`);
      }
      throw error;
    }
    const text = new TextDecoder().decode(sig.bytes).trim();
    let ok = false;
    try {
      ok = await verifyBytes(bytes, text, key);
    } catch (error) {
      throw new SyncError('signature', `${sigUrl} is not a valid signature: ${(error as Error).message}`);
    }
    if (!ok) {
      throw new SyncError(
        'signature',
        `the signature does not match ${this.source.url} (file changed after signing, or signed with another key)`,
      );
    }
  }

  /**
   * Applies a verified index: refused whole when its signed sequence is below the highest seen (a
   * replayed index), or equal with other bytes; each listed pack is fetched only if newer, and bound by
   * its SHA-256. An index without a sequence counts as 0: accepted until the source has served one.
   */
  private async applyIndex(value: unknown, digest: string): Promise<SyncOutcome> {
    const parsed = PackIndexSchema.safeParse(value);
    if (!parsed.success) {
      throw new SyncError(
        'schema',
        `${this.source.url} is not a valid index: ${describeIssues(parsed.error)}`,
      );
    }
    const index: PackIndex = parsed.data;
    const sequence = index.sequence ?? 0;
    if (sequence < this.high.sequence) {
      throw new SyncError(
        'version',
        `${this.source.url} has sequence ${sequence}, older than ${this.high.sequence} already seen (a replayed index)`,
      );
    }
    if (sequence > 0 && sequence === this.high.sequence && digest !== this.high.indexSha256) {
      throw new SyncError(
        'version',
        `${this.source.url} changed without a new sequence number (${sequence}); the publisher must raise it`,
      );
    }
    this.high.sequence = sequence;
    this.high.indexSha256 = digest;
    const listed = new Set(index.packs.map((entry) => entry.id));
    for (const id of Object.keys(this.packs)) if (!listed.has(id)) this.removed.push(id);
    let updated = this.removed.length > 0;
    for (const entry of index.packs) {
      const state = this.packs[entry.id] ?? { id: entry.id, sourceId: this.source.id };
      this.packs[entry.id] = state;
      delete state.lastError;
      try {
        if (await this.applyEntry(entry)) updated = true;
      } catch (error) {
        state.lastError = toErrorInfo(error, this.now);
        this.packFailed = true;
      }
    }
    return updated ? 'updated' : 'unchanged';
  }

  private async applyEntry(entry: PackIndex['packs'][number]): Promise<boolean> {
    const current = await this.deps.store.loadAccepted(this.source.id, entry.id);
    if (current && compareVersions(entry.version, current.version) === 0) return false; // in force already
    const mark = this.high.packs[entry.id];
    if (mark && compareVersions(entry.version, mark.version) < 0) {
      throw new SyncError(
        'version',
        `index lists ${entry.id} ${entry.version}, older than ${mark.version} accepted before`,
      );
    }
    const url = new URL(entry.path, this.source.url).href;
    const budget = Math.min(this.config.maxBytes, this.config.maxTotalBytes - this.downloaded);
    if (budget <= 0)
      throw new SyncError('too-large', `the packs of this index exceed ${this.config.maxTotalBytes} bytes`);
    const response = await this.get(url, {}, budget);
    this.downloaded += response.bytes.length;
    checkBody(response, url);
    const digest = await sha256Hex(response.bytes);
    if (digest !== entry.sha256) {
      throw new SyncError('digest', `${url} does not match the SHA-256 in the signed index`);
    }
    const { text, value } = parseJsonBytes(response.bytes, url);
    const pack = validatePack(value, url);
    if (pack.id !== entry.id || pack.version !== entry.version) {
      throw new SyncError(
        'schema',
        `${url} is ${pack.id} ${pack.version}, the index says ${entry.id} ${entry.version}`,
      );
    }
    return this.consider(pack, text, digest);
  }

  /**
   * Forward-only version check against the highest version ever accepted from this source (also after
   * the pack was removed) and the compile test; true when the pack is accepted.
   */
  private async consider(pack: Pack, text: string, digest?: string): Promise<boolean> {
    const sha256 = digest ?? (await sha256Hex(new TextEncoder().encode(text)));
    const current = await this.deps.store.loadAccepted(this.source.id, pack.id);
    if (current?.text === text) return false;
    const mark = this.high.packs[pack.id];
    if (mark) {
      const order = compareVersions(pack.version, mark.version);
      if (order < 0) {
        throw new SyncError(
          'version',
          `${pack.id} ${pack.version} is older than ${mark.version} accepted before`,
        );
      }
      if (order === 0 && mark.sha256 !== sha256) {
        throw new SyncError(
          'version',
          `${pack.id} ${pack.version} changed without a new version number (bump the version)`,
        );
      }
    }
    try {
      (this.deps.compile ?? compilePack)(pack);
    } catch (error) {
      throw new SyncError(
        'compile',
        `${pack.id} ${pack.version} does not compile: ${(error as Error).message}`,
      );
    }
    this.accepted.push({
      id: pack.id,
      version: pack.version,
      sourceId: this.source.id,
      acceptedAt: this.now,
      text,
    });
    this.packs[pack.id] = { id: pack.id, version: pack.version, sourceId: this.source.id };
    this.high.packs[pack.id] = { version: pack.version, sha256 };
    return true;
  }
}

/** Rejects empty bodies and HTML error pages served with 200 (captive portals, SPA fallbacks). */
function checkBody(response: BoundedResponse, url: string): void {
  const text = new TextDecoder()
    .decode(response.bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.length === 0) throw new SyncError('empty', `${url} answered with an empty body`);
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html|application\/xhtml/i.test(type) || text.startsWith('<')) {
    throw new SyncError('html', `${url} answered with an HTML page, not a pack (wrong URL or an error page)`);
  }
}
