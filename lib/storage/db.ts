import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The extension's IndexedDB (background and extension pages only: content scripts cannot open it).
 * Each feature owns its stores; add a store or index by bumping DB_VERSION and adding a migration step.
 */
export interface ReplyGuardDB extends DBSchema {
  /** lib/templates: the agent's own templates. */
  templates: {
    key: string;
    value: { id: string; updatedAt: number } & Record<string, unknown>;
    indexes: { updatedAt: number };
  };
  /** lib/rules: accepted packs, keyed by pack id. */
  packs: { key: string; value: { id: string } & Record<string, unknown> };
  /** lib/sla: first-response records, keyed by `${platform}:${conversation}:${receivedAt}`. */
  responses: {
    key: string;
    value: { key: string; platform: string; day: string } & Record<string, unknown>;
    indexes: { day: string; platform: string };
  };
}

/** The database's name (the demo seeds history into it). */
export const DB_NAME = 'replyguard';

type Migration = (db: IDBPDatabase<ReplyGuardDB>) => void;

/** Migration i upgrades a database from version i to i + 1. Append only. */
const MIGRATIONS: Migration[] = [
  (db) => {
    db.createObjectStore('templates', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('packs', { keyPath: 'id' });
    const responses = db.createObjectStore('responses', { keyPath: 'key' });
    responses.createIndex('day', 'day');
    responses.createIndex('platform', 'platform');
  },
];

let opening: Promise<IDBPDatabase<ReplyGuardDB>> | undefined;

export function openReplyGuardDB(name = DB_NAME): Promise<IDBPDatabase<ReplyGuardDB>> {
  if (name !== DB_NAME) return open(name);
  opening ??= open(name);
  return opening;
}

function open(name: string): Promise<IDBPDatabase<ReplyGuardDB>> {
  return openDB<ReplyGuardDB>(name, MIGRATIONS.length, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db);
    },
  });
}
