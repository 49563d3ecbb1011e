import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';
import { type DropReport, readStored } from './lenient';

/** A typed value in storage.local; every read is validated (lib/storage/lenient.ts). */
export interface StoredItem<T> {
  /** The storage.local key. */
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Reads, changes and writes the value (last writer wins across extension parts). */
  update(change: (current: T) => T): Promise<T>;
  /** Calls `listener` with every new value until `signal` aborts. */
  watch(listener: (value: T) => void, signal: AbortSignal): void;
  /** Deletes the value (a key moved elsewhere). */
  remove(): Promise<void>;
}

/**
 * Where a stored value that did not validate whole is kept before the first write over it: a read drops
 * only the bad parts, and the write that follows would otherwise make the loss permanent.
 */
export function quarantineKey(key: string): string {
  return `quarantine.${key}`;
}

export interface StoredItemOptions {
  /** Bump it when the stored shape changes, and add `migrations[version]` from the one before. */
  version: number;
  migrations?: Record<number, (previous: unknown) => unknown>;
  /** Where dropped parts are reported (default: a console warning). */
  report?: DropReport;
}

const warn =
  (key: string): DropReport =>
  (path, reason) =>
    console.warn(`[ReplyGuard] stored ${key}${path ? `.${path}` : ''} dropped: ${reason}`);

/**
 * Defines a storage.local item over WXT's `storage.defineItem` (versions, migrations), validated with
 * `schema` when read and written. `fallback` stands in for a missing or unreadable value. The WXT item is
 * made on first use, so a page that never touches an item never reads it.
 */
export function storedItem<S extends z.ZodType>(
  key: string,
  schema: S,
  fallback: () => z.output<S>,
  options: StoredItemOptions,
): StoredItem<z.output<S>> {
  type T = z.output<S>;
  const report = options.report ?? warn(key);
  let item: WxtStorageItem<unknown, Record<string, unknown>> | undefined;
  const wxt = () => {
    item ??= storage.defineItem<unknown>(`local:${key}`, {
      version: options.version,
      migrations: options.migrations,
    });
    return item;
  };
  const read = (raw: unknown): T => readStored(schema, raw, fallback, report);
  let kept: WxtStorageItem<unknown, Record<string, unknown>> | undefined;
  const quarantine = () => {
    kept ??= storage.defineItem<unknown>(`local:${quarantineKey(key)}`);
    return kept;
  };
  /** Writes `value`; a stored value with parts that did not validate is first kept aside whole. */
  const write = async (raw: unknown, value: T) => {
    const next = schema.parse(value);
    if (raw !== null && raw !== undefined && !schema.safeParse(raw).success) {
      await quarantine().setValue(raw);
      console.warn(
        `[ReplyGuard] stored ${key} had invalid parts: the original is kept in ${quarantineKey(key)}`,
      );
    }
    await wxt().setValue(next);
  };
  return {
    key,
    get: async () => read(await wxt().getValue()),
    set: async (value) => write(await wxt().getValue(), value),
    async update(change) {
      const raw = await wxt().getValue();
      const next = change(read(raw));
      await write(raw, next);
      return next;
    },
    async remove() {
      await wxt().removeValue();
    },
    watch(listener, signal) {
      if (signal.aborted) return;
      const unwatch = wxt().watch((raw) => {
        if (!signal.aborted) listener(read(raw));
      });
      const stop = () => {
        try {
          unwatch();
        } catch {
          // The extension was updated or removed: its listeners went with it.
        }
      };
      signal.addEventListener('abort', stop, { once: true });
    },
  };
}
