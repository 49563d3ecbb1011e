import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';

/**
 * The extension's IndexedDB (background and extension pages only: content scripts run in the page's
 * origin and cannot open it, which is why what decides enforcement lives here). Each feature owns its
 * stores; add a store or index by appending a migration step.
 */
export interface ReplyGuardDB extends DBSchema {
  /** lib/templates: the agent's own templates. */
  templates: {
    key: string;
    value: { id: string; updatedAt?: number } & Record<string, unknown>;
    indexes: { updatedAt: number };
  };
  /** lib/rules: accepted packs, by source and pack id (one source never replaces another's pack). */
  accepted: {
    key: [string, string];
    value: { id: string; sourceId: string } & Record<string, unknown>;
    indexes: { sourceId: string };
  };
  /** Background state that must not be writable by content scripts: rule sources, sync state, overrides. */
  state: { key: string; value: unknown };
  /** lib/sla: first-response records, keyed by `${platform}:${conversation}:${receivedAt}`. */
  responses: {
    key: string;
    value: { key: string; platform: string; day: string } & Record<string, unknown>;
    indexes: { day: string; platform: string };
  };
}

/** The database's name (the demo seeds history into it). */
export const DB_NAME = 'replyguard';

type UpgradeTx = IDBPTransaction<ReplyGuardDB, StoreNames<ReplyGuardDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<ReplyGuardDB>, tx: UpgradeTx) => void | Promise<void>;
/** Version 1's store of accepted packs, keyed by pack id alone (moved to `accepted` in version 2). */
const V1_PACKS = 'packs' as StoreNames<ReplyGuardDB>;

/** Migration i upgrades a database from version i to i + 1. Append only. */
const MIGRATIONS: Migration[] = [
  (db) => {
    db.createObjectStore('templates', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    db.createObjectStore(V1_PACKS as 'state', { keyPath: 'id' });
    const responses = db.createObjectStore('responses', { keyPath: 'key' });
    responses.createIndex('day', 'day');
    responses.createIndex('platform', 'platform');
  },
  async (db, tx) => {
    const accepted = db.createObjectStore('accepted', { keyPath: ['sourceId', 'id'] });
    accepted.createIndex('sourceId', 'sourceId');
    db.createObjectStore('state');
    const old = (await tx.objectStore(V1_PACKS).getAll()) as Array<Record<string, unknown>>;
    for (const record of old) {
      if (typeof record.sourceId === 'string' && typeof record.id === 'string')
        await accepted.put(record as ReplyGuardDB['accepted']['value']);
    }
    db.deleteObjectStore(V1_PACKS);
  },
];
export const DB_VERSION = MIGRATIONS.length;

const opening = new Map<string, Promise<IDBPDatabase<ReplyGuardDB>>>();

/** How often and how long to wait before opening again after a failure that may pass. */
const RETRY_DELAYS_MS = [50, 250, 1000];

/**
 * The database, opened once per name and shared. A failed open is never remembered (the next call tries
 * again), a transient failure is retried a few times, a database from a newer ReplyGuard (VersionError)
 * fails at once with a clear error, and a connection the browser closes or a newer version needs is
 * dropped so the next call reopens.
 */
export function openReplyGuardDB(name = DB_NAME): Promise<IDBPDatabase<ReplyGuardDB>> {
  let pending = opening.get(name);
  if (!pending) {
    pending = openWithRetry(name);
    opening.set(name, pending);
    pending.catch(() => {
      if (opening.get(name) === pending) opening.delete(name);
    });
  }
  return pending;
}

async function openWithRetry(name: string): Promise<IDBPDatabase<ReplyGuardDB>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await open(name);
    } catch (error) {
      const kind = (error as { name?: string } | undefined)?.name;
      if (kind === 'VersionError') {
        throw new Error(
          `ReplyGuard's database "${name}" was written by a newer ReplyGuard (this one knows version ${DB_VERSION}); update ReplyGuard`,
        );
      }
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) throw error;
      console.warn(`[ReplyGuard] opening the database failed (${String(error)}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function open(name: string): Promise<IDBPDatabase<ReplyGuardDB>> {
  const forget = () => opening.delete(name);
  return openDB<ReplyGuardDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < MIGRATIONS.length; v++) await MIGRATIONS[v]!(db, tx as UpgradeTx);
    },
    blocked: () =>
      console.warn('[ReplyGuard] the database upgrade waits for another ReplyGuard page to close'),
    blocking(_current, _next, event) {
      // A newer version wants to upgrade: step aside, the next call reopens.
      forget();
      (event.target as IDBDatabase).close();
    },
    terminated: () => {
      console.warn('[ReplyGuard] the browser closed the database; it is reopened on next use');
      forget();
    },
  });
}
