/**
 * What the page (and so an end-to-end test) can read of ReplyGuard's state on the layer's host element:
 * - `data-features`: the features running in this frame, in start order; `data-failed`: those that threw
 *   while starting (also logged as an error);
 * - `data-lint-generation` and `data-lint-length`: a counter bumped after each published lint, once the
 *   features have drawn it, and the length of the text it read. A test waits for them before asserting that
 *   nothing was marked.
 * Attributes only: no text, findings or templates leave the shadow root this way.
 */
import type { LintSnapshot } from './editor-session';
import type { Observable } from './env';

function listAttr(host: HTMLElement, name: 'features' | 'failed', id: string, present: boolean): void {
  const ids = (host.dataset[name] ?? '').split(' ').filter((x) => x && x !== id);
  if (present) ids.push(id);
  if (ids.length > 0) host.dataset[name] = ids.join(' ');
  else delete host.dataset[name];
}

export function featureStarted(host: HTMLElement, id: string): void {
  listAttr(host, 'failed', id, false);
  listAttr(host, 'features', id, true);
}

export function featureStopped(host: HTMLElement, id: string): void {
  listAttr(host, 'features', id, false);
}

export function featureFailed(host: HTMLElement, id: string, error: unknown): void {
  listAttr(host, 'features', id, false);
  listAttr(host, 'failed', id, true);
  console.error(`[ReplyGuard] ${id} did not start`, error);
}

/** Counts published lints; subscribe it after the features so it moves once they have drawn. */
export function countLints(host: HTMLElement, state: Observable<LintSnapshot>, signal: AbortSignal): void {
  let generation = 0;
  const publish = (snapshot: LintSnapshot) => {
    host.dataset.lintGeneration = String(++generation);
    host.dataset.lintLength = String(snapshot.text.length);
  };
  publish(state.get());
  state.subscribe(publish, signal);
}
