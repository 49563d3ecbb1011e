import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import type { ReplyGuardDB } from './db';
import { readStored } from './lenient';
import { quarantineKey } from './stored-item';

type Open = () => Promise<IDBPDatabase<ReplyGuardDB>>;

/** A value in the extension's IndexedDB `state` store: content scripts can neither read nor write it. */
export interface TrustedItem<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  update(change: (current: T) => T): Promise<T>;
}

/** Where the value lived before (storage.local): moved here on first read, then deleted there. */
export interface LegacyPlace<T> {
  get(): Promise<T | undefined>;
  remove(): Promise<void>;
}

/**
 * Defines a value of the background's own state (rule sources, sync state, overrides), validated like a
 * storage item (one bad entry is dropped with a logged reason, and the stored original is kept under
 * `quarantine.<key>` before a write replaces it). Reads and writes of one item run one at a time.
 */
export function trustedItem<S extends z.ZodType>(
  open: Open,
  key: string,
  schema: S,
  fallback: () => z.output<S>,
  legacy?: LegacyPlace<z.output<S>>,
): TrustedItem<z.output<S>> {
  type T = z.output<S>;
  const report = (path: string, reason: string) =>
    console.warn(`[ReplyGuard] ${key}${path ? `.${path}` : ''} dropped: ${reason}`);
  const read = (raw: unknown): T => readStored(schema, raw, fallback, report);
  const raw = async (): Promise<unknown> => {
    const db = await open();
    const value = await db.get('state', key);
    if (value !== undefined || !legacy) return value;
    const old = await legacy.get();
    if (old === undefined) return undefined;
    await db.put('state', schema.parse(old), key);
    await legacy.remove();
    return old;
  };
  const write = async (before: unknown, value: T) => {
    const next = schema.parse(value);
    const db = await open();
    const tx = db.transaction('state', 'readwrite');
    if (before !== undefined && before !== null && !schema.safeParse(before).success)
      await tx.store.put(before, quarantineKey(key));
    await tx.store.put(next, key);
    await tx.done;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <R>(run: () => Promise<R>): Promise<R> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    key,
    get: () => serial(async () => read(await raw())),
    set: (value) => serial(async () => write(await raw(), value)),
    update: (change) =>
      serial(async () => {
        const before = await raw();
        const next = change(read(before));
        await write(before, next);
        return next;
      }),
  };
}
