import type { StoredItem } from '@/lib/storage/stored-item';
import type { Observable } from './env';
import { observable, type Writable } from './observable';

/** A storage item's value, kept current until `signal` aborts (open tabs follow options at once). */
export async function watchStored<T>(item: StoredItem<T>, signal: AbortSignal): Promise<Observable<T>> {
  let early: { value: T } | undefined;
  let value: Writable<T> | undefined;
  // Watch first, so a change made while the first read is under way is not lost.
  item.watch((next) => {
    if (value) value.set(next);
    else early = { value: next };
  }, signal);
  const first = await item.get();
  value = observable(early ? early.value : first);
  return value;
}
