import type { IDBPDatabase } from 'idb';
import type { AnsweredReport } from '@/lib/messaging/sla';
import { type ResponseRecord, ResponseRecordSchema, toResponseRecord } from '@/lib/sla/history';
import type { ReplyGuardDB } from '@/lib/storage/db';

type DB = IDBPDatabase<ReplyGuardDB>;

/** Stores first responses; a key already stored keeps its first answer. Returns the records added. */
export async function recordResponses(
  db: DB,
  platform: string,
  timeZone: string,
  answered: readonly AnsweredReport[],
): Promise<ResponseRecord[]> {
  const added: ResponseRecord[] = [];
  const tx = db.transaction('responses', 'readwrite');
  for (const entry of answered) {
    const record = toResponseRecord(platform, timeZone, entry);
    if (await tx.store.get(record.key)) continue;
    await tx.store.put(record);
    added.push(record);
  }
  await tx.done;
  return added;
}

/** Records received on days `from`..`to` (YYYY-MM-DD, inclusive), invalid rows skipped. */
export async function listResponses(db: DB, from: string, to: string): Promise<ResponseRecord[]> {
  const rows = await db.getAllFromIndex('responses', 'day', IDBKeyRange.bound(from, to));
  return rows.flatMap((row) => {
    const parsed = ResponseRecordSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Deletes records received before `beforeDay`. */
export async function pruneResponses(db: DB, beforeDay: string): Promise<number> {
  const tx = db.transaction('responses', 'readwrite');
  let removed = 0;
  for await (const cursor of tx.store.index('day').iterate(IDBKeyRange.upperBound(beforeDay, true))) {
    await cursor.delete();
    removed++;
  }
  await tx.done;
  return removed;
}
