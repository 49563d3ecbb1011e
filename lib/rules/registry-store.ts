import { z } from 'zod';
import type { SyncStore } from '@/lib/rules/sync/sync-source';
import type { AcceptedPack, SourceState } from '@/lib/rules/sync/types';
import { openReplyGuardDB } from '@/lib/storage/db';
import { syncStates } from '@/lib/storage/items';

const AcceptedRecordSchema = z.object({
  id: z.string(),
  version: z.string(),
  sourceId: z.string(),
  acceptedAt: z.number(),
  text: z.string(),
});

/** Accepted packs live in the idb `packs` store (exact text kept); state lives in storage.local. */
export class RegistryStore implements SyncStore {
  constructor(private readonly dbName?: string) {}

  private db() {
    return openReplyGuardDB(this.dbName);
  }

  async loadState(sourceId: string): Promise<SourceState | undefined> {
    return (await syncStates.get())[sourceId];
  }

  async loadAccepted(packId: string): Promise<AcceptedPack | undefined> {
    const parsed = AcceptedRecordSchema.safeParse(await (await this.db()).get('packs', packId));
    return parsed.success ? parsed.data : undefined;
  }

  async listAccepted(): Promise<AcceptedPack[]> {
    const all = await (await this.db()).getAll('packs');
    return all.flatMap((record) => {
      const parsed = AcceptedRecordSchema.safeParse(record);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Accepted packs and removals in one idb transaction, then the state. */
  async commit(state: SourceState, accepted: AcceptedPack[], removed: string[]): Promise<void> {
    const tx = (await this.db()).transaction('packs', 'readwrite');
    await Promise.all([
      ...removed.map((id) => tx.store.delete(id)),
      ...accepted.map((pack) => tx.store.put({ ...pack })),
      tx.done,
    ]);
    await syncStates.update((states) => ({ ...states, [state.sourceId]: state }));
  }

  /** Forgets a source: its state and every pack it supplied. */
  async forgetSource(sourceId: string): Promise<void> {
    const db = await this.db();
    const tx = db.transaction('packs', 'readwrite');
    for (const record of await tx.store.getAll()) {
      if (record.sourceId === sourceId) await tx.store.delete(record.id);
    }
    await tx.done;
    await syncStates.update(({ [sourceId]: _gone, ...rest }) => rest);
  }
}
