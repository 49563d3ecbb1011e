import { z } from 'zod';
import type { SyncStore } from '@/lib/rules/sync/sync-source';
import {
  type AcceptedPack,
  type HighWater,
  HighWaterSchema,
  SourceSchema,
  type SourceState,
  SourceStateSchema,
} from '@/lib/rules/sync/types';
import { openReplyGuardDB } from '@/lib/storage/db';
import { legacyRuleOverrides, legacySyncStates, legacyUserSources } from '@/lib/storage/items';
import { trustedItem } from '@/lib/storage/trusted-item';
import { OverridesSchema } from './overrides';

const AcceptedRecordSchema = z.object({
  id: z.string(),
  version: z.string(),
  sourceId: z.string(),
  acceptedAt: z.number(),
  text: z.string(),
});

const keys = { sources: 'rules.sources', states: 'rules.syncState', high: 'rules.highWater' } as const;

/**
 * The rules state of the background, all in its IndexedDB (content scripts cannot open it, so they cannot
 * add a source, clear a high-water mark or change the packs other tabs enforce): accepted packs by source
 * and pack id (exact text kept), rule sources added in options, per-source sync state, high-water marks,
 * and the local overrides. Values that lived in storage.local move here on first read.
 */
export class RegistryStore implements SyncStore {
  private readonly open = () => openReplyGuardDB(this.dbName);
  readonly userSources = trustedItem(
    this.open,
    keys.sources,
    z.array(SourceSchema),
    () => [],
    legacyUserSources,
  );
  readonly syncStates = trustedItem(
    this.open,
    keys.states,
    z.record(z.string(), SourceStateSchema),
    () => ({}),
    legacySyncStates,
  );
  readonly overrides = trustedItem(
    this.open,
    'rules.overrides',
    OverridesSchema,
    () => ({ terms: [], allow: [] }),
    legacyRuleOverrides,
  );
  private readonly highWater = trustedItem(
    this.open,
    keys.high,
    z.record(z.string(), HighWaterSchema),
    () => ({}),
  );

  constructor(private readonly dbName?: string) {}

  async loadState(sourceId: string): Promise<SourceState | undefined> {
    return (await this.syncStates.get())[sourceId];
  }

  async loadHighWater(sourceId: string): Promise<HighWater | undefined> {
    return (await this.highWater.get())[sourceId];
  }

  async loadAccepted(sourceId: string, packId: string): Promise<AcceptedPack | undefined> {
    const parsed = AcceptedRecordSchema.safeParse(
      await (await this.open()).get('accepted', [sourceId, packId]),
    );
    return parsed.success ? parsed.data : undefined;
  }

  async listAccepted(): Promise<AcceptedPack[]> {
    const all = await (await this.open()).getAll('accepted');
    return all.flatMap((record) => {
      const parsed = AcceptedRecordSchema.safeParse(record);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Accepted packs and removals of one source in one transaction, then its state and high-water mark. */
  async commit(
    state: SourceState,
    accepted: AcceptedPack[],
    removed: string[],
    high?: HighWater,
  ): Promise<void> {
    const tx = (await this.open()).transaction('accepted', 'readwrite');
    await Promise.all([
      ...removed.map((id) => tx.store.delete([state.sourceId, id])),
      ...accepted.map((pack) => tx.store.put({ ...pack })),
      tx.done,
    ]);
    if (high) await this.highWater.update((all) => ({ ...all, [state.sourceId]: high }));
    await this.syncStates.update((states) => ({ ...states, [state.sourceId]: state }));
  }

  /** Forgets a source's packs and state; its high-water mark stays (a replay after re-adding is refused). */
  async forgetSource(sourceId: string): Promise<void> {
    const tx = (await this.open()).transaction('accepted', 'readwrite');
    for (const key of await tx.store.index('sourceId').getAllKeys(sourceId)) await tx.store.delete(key);
    await tx.done;
    await this.syncStates.update(({ [sourceId]: _gone, ...rest }) => rest);
  }
}
