/**
 * Two weeks of first responses for the demo's dashboard, made by the extension's own code (each buyer
 * message's deadline from the bundled reply policy, each record by toResponseRecord) and written into the
 * extension's IndexedDB from one of its pages, the way the background stores what content scripts report.
 */

import type { PortalId } from '@/lib/platforms';
import { platformTimeZone } from '@/lib/portals/registry';
import { bundledPacks } from '@/lib/rules/bundled';
import { replyDeadline } from '@/lib/sla/deadline';
import { type ResponseRecord, ResponseRecordSchema, toResponseRecord } from '@/lib/sla/history';
import { DB_NAME } from '@/lib/storage/db';
import type { E2EPage } from '@/tests/e2e/harness';
import { seeded } from './seeded';

const DAY = 86_400_000;

/** Per platform: conversations a day, and the share answered late on an average day. */
const TRAFFIC: Array<{ platform: PortalId; perDay: number; late: number }> = [
  { platform: 'pinduoduo', perDay: 34, late: 0.08 },
  { platform: 'shopee', perDay: 22, late: 0.06 },
  { platform: 'aliexpress', perDay: 12, late: 0.05 },
  { platform: 'walmart', perDay: 8, late: 0.07 },
];

/** The answered conversations of the `days` days before `now`: reproducible for a given seed. */
export function demoHistory(now: number, days = 14, seed = 15): ResponseRecord[] {
  const random = seeded(seed);
  const records: ResponseRecord[] = [];
  for (const { platform, perDay, late } of TRAFFIC) {
    const policy = bundledPacks()[platform]?.reply;
    if (!policy) continue;
    const limit = policy.replyWithinMinutes * 60;
    for (let i = 0; i < perDay * days; i++) {
      const receivedAt = Math.round(now - days * DAY + random() * days * DAY);
      // Busier and later some days than others, so the daily chart moves.
      const dayShare = late * (1 + Math.sin((now - receivedAt) / DAY));
      const seconds =
        random() < dayShare ? limit * (1.05 + random()) : limit * (0.03 + 0.85 * random() * random());
      const answeredAt = receivedAt + Math.round(seconds * 1000);
      if (answeredAt > now) continue;
      const answered = {
        id: `demo-${platform}-${i}`,
        receivedAt,
        answeredAt,
        deadline: replyDeadline(policy, receivedAt),
      };
      records.push(
        ResponseRecordSchema.parse(toResponseRecord(platform, platformTimeZone(platform), answered)),
      );
    }
  }
  return records;
}

/** Writes `records` into the extension's IndexedDB from one of its pages (the background creates the database). */
export async function seedHistory(page: E2EPage, records: ResponseRecord[]): Promise<number> {
  await page.waitFor(async (name) => (await indexedDB.databases()).some((db) => db.name === name), DB_NAME, {
    what: `the ${DB_NAME} database`,
  });
  return page.evaluate(
    async ({ name, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('responses', 'readwrite');
      for (const row of rows) tx.objectStore('responses').put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return rows.length;
    },
    { name: DB_NAME, rows: records },
  );
}
