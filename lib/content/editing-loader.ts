import type { App } from '@/entrypoints/content/start';
import type { PortalModule } from '@/lib/portals/types';
import { eachSameOriginWindow } from './frame-windows';
import { catchInputWhileLoading, type LoadingState } from './while-loading';

/** Starting the editing features (and the lint engine) once, and what the agent does meanwhile. */
export interface EditingLoader {
  /** Starts them if not started yet. */
  start(): void;
  /** True until they have started and answer for themselves. */
  early(): boolean;
  /** The browser's template shortcut arrived: starts them, and the picker opens with them. */
  askPicker(): boolean;
}

/**
 * Loads the editing features through the app the first time `start` is called. Until the send guard
 * runs, the agent's sends are held and the keys and compositions noted (`catchInputWhileLoading`), then
 * handed over. The host's `data-engine` says `loading`, then `ready` (or `failed`).
 */
export function editingLoader(
  host: HTMLElement,
  portal: PortalModule | undefined,
  signal: AbortSignal,
  loadApp: () => Promise<App>,
): EditingLoader {
  let loading: LoadingState | undefined;
  let started = false;
  const start = () => {
    if (started || signal.aborted) return;
    started = true;
    host.dataset.engine = 'loading';
    const state: LoadingState = { held: [], composing: false, keys: [], pickerAsked: false };
    loading = state;
    const holding = new AbortController();
    signal.addEventListener('abort', () => holding.abort(), { once: true });
    eachSameOriginWindow(holding.signal, (win, scope) => catchInputWhileLoading(win, portal, scope, state));
    void loadApp()
      .then((app) =>
        app.startEditing({
          // The guard takes over: sends are its own from now on.
          takeHeldSend: () => {
            holding.abort();
            return state.held.splice(0).at(-1);
          },
          composing: () => state.composing,
          keys: () => state.keys,
          pickerAsked: () => state.pickerAsked,
        }),
      )
      .then(() => {
        loading = undefined;
        host.dataset.engine = 'ready';
      })
      .catch((error: unknown) => {
        host.dataset.engine = 'failed';
        console.error('[ReplyGuard] the editing features did not load', error);
      })
      .finally(() => holding.abort());
  };
  const early = () => !started || loading !== undefined;
  return {
    start,
    early,
    askPicker() {
      if (!early()) return false;
      start();
      if (loading) loading.pickerAsked = true;
      return loading !== undefined;
    },
  };
}
