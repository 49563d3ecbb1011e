import type { PlatformId } from '@/lib/platforms';
import { type SyncConfig, type SyncDeps, type SyncResult, syncSource } from '@/lib/rules/sync/sync-source';
import { isAllowedSourceUrl, type Source } from '@/lib/rules/sync/types';
import { serialQueue } from '@/lib/serial-queue';
import * as stored from '@/lib/storage/items';
import type { Template } from '@/lib/templates/schema';
import { teamTemplates } from '@/lib/templates/team';
import { packsForPlatform } from './active';
import { bundledPacks } from './bundled';
import type { Overrides } from './overrides';
import { type Pack, PackSchema } from './pack-schema';
import {
  type ActiveEntry,
  cleanTerms,
  mergeActivePacks,
  type RemotePack,
  type Shadowed,
} from './registry-merge';
import { mergeSources } from './registry-sources';
import type { PackRow, RulesStatus, SourceRow } from './registry-status';
import { RegistryStore } from './registry-store';
import { importPublicKey, keyId, sha256Hex } from './signature';

export interface RegistryDeps {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  store?: RegistryStore;
  compile?: (pack: Pack) => void;
  config?: Partial<SyncConfig>;
}

/** What a content script gets: the packs in force for its platform (in order) and the overrides. */
export interface ActiveRulesFor {
  revision: string;
  packs: Pack[];
  overrides: Overrides;
}

/**
 * The background's rule-pack registry: sources (options + enterprise policy), sync, accepted packs, the
 * merged set in force and the local overrides. Content scripts get their platform's packs by message
 * (`rulesFor`); storage.local only carries a revision telling them when to ask again, so nothing a content
 * script can write changes what other tabs enforce.
 */
export class RulesRegistry {
  private readonly store: RegistryStore;
  /** One registry operation at a time (alarms and "check now" may overlap). */
  private readonly exclusive = serialQueue();

  constructor(private readonly deps: RegistryDeps = {}) {
    this.store = deps.store ?? new RegistryStore();
  }

  async sources(): Promise<Source[]> {
    return mergeSources(await this.store.userSources.get(), await stored.managedPolicy.get());
  }

  private syncDeps(): SyncDeps {
    return {
      fetch: this.deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      now: this.deps.now ?? Date.now,
      random: this.deps.random ?? Math.random,
      store: this.store,
      compile: this.deps.compile,
      config: this.deps.config,
    };
  }

  /** Checks enabled sources (only those due, unless forced), then publishes. */
  sync(options: { force?: boolean; sourceId?: string } = {}): Promise<SyncResult[]> {
    return this.exclusive(async () => {
      const results: SyncResult[] = [];
      for (const source of await this.sources()) {
        if (!source.enabled || (options.sourceId && source.id !== options.sourceId)) continue;
        results.push(await syncSource(source, this.syncDeps(), { force: options.force }));
      }
      await this.publishNow();
      return results;
    });
  }

  publish(): Promise<void> {
    return this.exclusive(() => this.publishNow());
  }

  private async merged(): Promise<{ entries: Record<string, ActiveEntry>; shadowed: Shadowed[] }> {
    const remote: RemotePack[] = [];
    for (const accepted of await this.store.listAccepted()) {
      try {
        remote.push({ pack: PackSchema.parse(JSON.parse(accepted.text)), sourceId: accepted.sourceId });
      } catch {
        // A stored pack that no longer parses (schema change in an update) falls back to bundled.
      }
    }
    const policy = await stored.managedPolicy.get();
    return mergeActivePacks(bundledPacks(), remote, await this.sources(), policy.allowUserOverrides);
  }

  private async activeEntries(): Promise<Record<string, ActiveEntry>> {
    return (await this.merged()).entries;
  }

  /** The packs in force for a platform and the overrides, with the revision they were published under. */
  async rulesFor(platform: PlatformId): Promise<ActiveRulesFor> {
    const entries = await this.activeEntries();
    const packs = Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, entry.pack]));
    const overrides = await this.store.overrides.get();
    return {
      revision: await revisionOf(packs, overrides),
      packs: packsForPlatform(packs, platform),
      overrides,
    };
  }

  /** Tells tabs and the options page that rules may have changed (only a digest and a time go to storage.local). */
  private async publishNow(): Promise<void> {
    const entries = await this.activeEntries();
    const packs = Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, entry.pack]));
    const revision = await revisionOf(packs, await this.store.overrides.get());
    await stored.rulesChanged.set({ revision, at: (this.deps.now ?? Date.now)() });
    // Packs were once published in storage.local, where content scripts could rewrite them.
    await stored.legacyActivePacks.remove();
  }

  addSource(input: { url: string; publicKey: string; enabled?: boolean }): Promise<Source> {
    return this.exclusive(async () => {
      const url = input.url.trim();
      if (!isAllowedSourceUrl(url)) {
        throw new Error('the URL must be https:// (http:// only for localhost or 127.0.0.1)');
      }
      if ((await stored.managedPolicy.get()).disableUserSources)
        throw new Error('sources are set by your organisation');
      try {
        await importPublicKey(input.publicKey);
      } catch (error) {
        throw new Error(`the public key cannot be read: ${(error as Error).message}`);
      }
      const source: Source = {
        id: url,
        url,
        publicKey: input.publicKey.trim(),
        enabled: input.enabled ?? true,
        managed: false,
      };
      await this.store.userSources.update((user) => [...user.filter((s) => s.id !== source.id), source]);
      await this.store.forgetSource(source.id); // a re-added source starts clean (maybe a new key)
      return source;
    });
  }

  removeSource(id: string): Promise<void> {
    return this.exclusive(async () => {
      if ((await this.sources()).some((s) => s.id === id && s.managed)) {
        throw new Error('this source is set by your organisation');
      }
      await this.store.userSources.update((user) => user.filter((s) => s.id !== id));
      await this.store.forgetSource(id);
      await this.publishNow();
    });
  }

  setSourceEnabled(id: string, enabled: boolean): Promise<void> {
    return this.exclusive(async () => {
      if ((await this.sources()).some((s) => s.id === id && s.managed)) {
        throw new Error('this source is set by your organisation');
      }
      const user = await this.store.userSources.get();
      const source = user.find((s) => s.id === id);
      if (!source) throw new Error(`no source ${id}`);
      source.enabled = enabled;
      await this.store.userSources.set(user);
      await this.publishNow();
    });
  }

  async status(): Promise<RulesStatus> {
    const sources = await this.sources();
    const states = await this.store.syncStates.get();
    const { entries, shadowed } = await this.merged();
    const rows = new Map<string, PackRow>();
    for (const [id, entry] of Object.entries(entries)) {
      rows.set(id, {
        id,
        version: entry.pack.version,
        name: entry.pack.name,
        platform: entry.pack.platform,
        origin: entry.origin,
        sourceId: entry.sourceId,
        templates: entry.pack.templates?.length ?? 0,
      });
    }
    const sourceRows: SourceRow[] = [];
    for (const source of sources) {
      const state = states[source.id];
      let id: string | undefined;
      try {
        id = await keyId(await importPublicKey(source.publicKey));
      } catch {
        id = undefined;
      }
      sourceRows.push({ ...source, keyId: id, state });
      if (!source.enabled || !state) continue;
      for (const pack of Object.values(state.packs)) {
        const row = rows.get(pack.id) ?? { id: pack.id, origin: 'none' as const, templates: 0 };
        rows.set(pack.id, {
          ...row,
          sourceId: row.sourceId ?? source.id,
          lastCheck: pack.lastCheck,
          nextCheck: pack.nextCheck,
          lastError: pack.lastError,
        });
      }
    }
    for (const { id, reason } of shadowed) {
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, note: reason });
    }
    const policy = await stored.managedPolicy.get();
    return {
      sources: sourceRows,
      packs: [...rows.values()],
      userSourcesDisabled: policy.disableUserSources,
      policyErrors: policy.errors,
    };
  }

  getOverrides(): Promise<Overrides> {
    return this.store.overrides.get();
  }

  /** Stores the agent's or team's extra terms and allow-list; content scripts pick them up at once. */
  setOverrides(overrides: Overrides): Promise<Overrides> {
    return this.exclusive(async () => {
      const clean = { terms: cleanTerms(overrides.terms), allow: cleanTerms(overrides.allow) };
      await this.store.overrides.set(clean);
      await this.publishNow();
      return clean;
    });
  }

  /** The read-only team template library carried by the packs in force. */
  async teamTemplates(): Promise<Template[]> {
    return teamTemplates(Object.values(await this.activeEntries()).map((entry) => entry.pack));
  }
}

/** A short digest of what is in force: tabs ask for their packs again when it changes. */
async function revisionOf(packs: Record<string, Pack>, overrides: Overrides): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify([packs, overrides]));
  return (await sha256Hex(bytes)).slice(0, 16);
}
