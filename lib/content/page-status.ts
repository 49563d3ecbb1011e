/**
 * What the page (and so an end-to-end test) can read of ReplyGuard's state on the layer's host element:
 * - `data-ready` once the content script has started; `data-engine`: `loading`, then `ready` (or
 *   `failed`), the editing features and the lint engine, loaded on the first focus of a reply box
 *   (lib/content/loader.ts);
 * - `data-features`: the features running in this frame, in start order; `data-failed`: those that threw
 *   while starting (also logged as an error);
 * - `data-lint-generation` and `data-lint-length`: a counter bumped on the animation frame after a
 *   published lint, once the features have drawn it, and the length of the text it read. A test waits for them before asserting that
 *   nothing was marked;
 * - `data-picker` (`opening` or `open`, absent when closed), `data-picker-opens` (pickers drawn) and
 *   `data-picker-settled` (open requests finished, drawn or dropped): a test waits for a request to settle
 *   before asserting that no picker came.
 * Attributes only: no text, findings or templates leave the shadow root this way.
 */
import type { LintSnapshot } from './editor-session';
import type { Observable } from './env';
import { nextFrame } from './redraw';

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

/**
 * Counts published lints. The features draw on the next animation frame; subscribed after them, this
 * frame callback runs after theirs (and after the renders they queue as microtasks), so the count moves
 * once the marks are on screen.
 */
export function countLints(host: HTMLElement, state: Observable<LintSnapshot>, signal: AbortSignal): void {
  let generation = 0;
  const publish = nextFrame(() => {
    host.dataset.lintGeneration = String(++generation);
    host.dataset.lintLength = String(state.get().text.length);
  }, signal);
  publish();
  state.subscribe(publish, signal);
}

/** The template picker's state, as the page reads it (see above). */
export function pickerStatus(host: HTMLElement) {
  const bump = (name: 'pickerOpens' | 'pickerSettled') => {
    host.dataset[name] = String(Number(host.dataset[name] ?? 0) + 1);
  };
  return {
    opening() {
      host.dataset.picker = 'opening';
    },
    /** An open request ended: `drawn` when it drew a picker, otherwise it was dropped (closed or superseded). */
    settled(drawn: boolean) {
      if (drawn) {
        host.dataset.picker = 'open';
        bump('pickerOpens');
      }
      bump('pickerSettled');
    },
    closed() {
      delete host.dataset.picker;
    },
  };
}
