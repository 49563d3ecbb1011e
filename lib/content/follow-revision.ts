import * as stored from '@/lib/storage/items';
import type { Observable } from './env';
import { observable } from './observable';
import { watchStored } from './stored';

/** Tries a few times: the background may be starting (a sleeping service worker wakes on the message). */
async function withRetries<T>(ask: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

/**
 * The background's answer as a value that follows its revisions: asked at start (`fallback` if it cannot
 * answer) and again whenever `rulesChanged` says a new revision was published, so open tabs pick up a new
 * pack without a reload. Packs never come from storage.local, which content scripts can write: one
 * compromised tab cannot change what the others enforce.
 */
export async function followRevision<A extends { revision: string }, V>(
  ask: () => Promise<A>,
  make: (answer: A) => V,
  fallback: () => Promise<V>,
  signal: AbortSignal,
): Promise<Observable<V>> {
  let revision = '';
  const first: V = await withRetries(ask)
    .then((answer) => {
      revision = answer.revision;
      return make(answer);
    })
    .catch((error: unknown) => {
      console.debug('[ReplyGuard] rules unavailable; bundled packs in force', error);
      return fallback();
    });
  const value = observable<V>(first);
  const refresh = () =>
    void withRetries(ask)
      .then((answer) => {
        if (signal.aborted || answer.revision === revision) return;
        revision = answer.revision;
        value.set(make(answer));
      })
      .catch((error: unknown) => console.debug('[ReplyGuard] rules unavailable', error));
  void watchStored(stored.rulesChanged, signal).then((changed) => {
    if (changed.get().revision !== revision) refresh();
    changed.subscribe((next) => {
      if (next.revision !== revision) refresh();
    }, signal);
  });
  return value;
}
