import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { SyncStore } from '@/lib/rules/sync/sync-source';
import { type AcceptedPack, type SourceState, SourceStateSchema } from '@/lib/rules/sync/types';
import { openReplyGuardDB } from '@/lib/storage/db';

/** storage.local key of the per-source sync state (validators, schedule, errors, per-pack rows). */
export const SYNC_STATE_KEY = 'rules.syncState';

const AcceptedRecordSchema = z.object({
  id: z.string(),
  version: z.string(),
  sourceId: z.string(),
  acceptedAt: z.number(),
  text: z.string(),
});

const StatesSchema = z.record(z.string(), SourceStateSchema);

export async function loadStates(): Promise<Record<string, SourceState>> {
  const stored = await browser.storage.local.get(SYNC_STATE_KEY);
  const parsed = StatesSchema.safeParse(stored[SYNC_STATE_KEY] ?? {});
  return parsed.success ? parsed.data : {};
}

async function saveStates(states: Record<string, SourceState>): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATE_KEY]: states });
}

/** Accepted packs live in the idb `packs` store (exact text kept); state lives in storage.local. */
export class RegistryStore implements SyncStore {
  constructor(private readonly dbName?: string) {}

  private db() {
    return openReplyGuardDB(this.dbName);
  }

  async loadState(sourceId: string): Promise<SourceState | undefined> {
    return (await loadStates())[sourceId];
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
    const states = await loadStates();
    states[state.sourceId] = state;
    await saveStates(states);
  }

  /** Forgets a source: its state and every pack it supplied. */
  async forgetSource(sourceId: string): Promise<void> {
    const db = await this.db();
    const tx = db.transaction('packs', 'readwrite');
    for (const record of await tx.store.getAll()) {
      if (record.sourceId === sourceId) await tx.store.delete(record.id);
    }
    await tx.done;
    const states = await loadStates();
    delete states[sourceId];
    await saveStates(states);
  }
}
