import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { App } from '@/entrypoints/content/start';
import { editorFromFocusPath } from '@/lib/editor/resolve';
import { OPEN_PICKER_TYPE, TAB_STATUS_TYPE } from '@/lib/messaging/early-types';
import { platformForUrl, portalForUrl } from '@/lib/portals/registry';
import { matchesAny, queryAll } from '@/lib/portals/select';
import { answerEarly } from './early-messages';
import { focusPath } from './focus';
import { handledByParent } from './frame-role';
import { eachSameOriginWindow } from './frame-windows';
import { guarded, isAgentInput } from './handlers';
import { createUiHost } from './ui-host';
import { catchInputWhileLoading, type LoadingState } from './while-loading';

/** The content app's entry module (scripts/content-app-build.ts builds it). */
const APP_URL = '/content-scripts/app/app.js' as const;

/**
 * The content script proper: light, in every frame of a portal page. It makes the `<replyguard-ui>`
 * host and loads the rest of ReplyGuard only where it is needed:
 * - the app (badges and the rest of the page-wide work) in a frame on a chat page that shows the
 *   conversation list, or once the agent clicks or types in the frame;
 * - the editing features and the lint engine (outer frames) the first time the agent focuses a reply
 *   box (or points at one), or presses its send button. Sends made while they load wait for the guard (`catchInputWhileLoading`).
 * `data-engine` on the host says `loading` or `ready`.
 */
export async function startLoader(ctx: ContentScriptContext): Promise<void> {
  const url = new URL(location.href);
  const portal = portalForUrl(url);
  const ui = await createUiHost(ctx);
  const { host } = ui;
  host.dataset.platform = platformForUrl(url);
  const { signal } = ctx;

  let app: Promise<App> | undefined;
  const loadApp = () => {
    app ??= import(/* @vite-ignore */ browser.runtime.getURL(APP_URL)).then(
      (module: typeof import('@/entrypoints/content/app')) => module.startApp({ ctx, ui }),
    );
    return app;
  };

  let editing: Promise<void> | undefined;
  let loading: LoadingState | undefined;
  const startEditing = () => {
    if (editing || signal.aborted) return;
    host.dataset.engine = 'loading';
    const state: LoadingState = { held: [], composing: false, keys: [], pickerAsked: false };
    loading = state;
    const holding = new AbortController();
    signal.addEventListener('abort', () => holding.abort(), { once: true });
    eachSameOriginWindow(holding.signal, (win, scope) => catchInputWhileLoading(win, portal, scope, state));
    editing = loadApp()
      .then((started) =>
        started.startEditing({
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

  if (!handledByParent()) {
    const wakes = new AbortController();
    signal.addEventListener('abort', () => wakes.abort(), { once: true });
    const wake = guarded((event: Event) => {
      if (!isAgentInput(event)) return;
      const path = event.composedPath();
      const send = portal?.selectors.sendButton;
      const onSend = event.type === 'pointerdown' && path.some((node) => matchesAny(node, send));
      if (!onSend && !editorFromFocusPath(path)) return;
      wakes.abort();
      startEditing();
    });
    eachSameOriginWindow(wakes.signal, (win, scope) => {
      win.addEventListener('focusin', wake, { capture: true, signal: scope });
      win.addEventListener('pointerdown', wake, { capture: true, signal: scope });
      // The pointer on its way to a reply box: the engine starts loading before the click.
      win.addEventListener('pointerover', wake, { capture: true, signal: scope });
    });
    if (editorFromFocusPath(focusPath())) {
      wakes.abort();
      startEditing();
    }
    // Until the editing features answer for themselves (`loading` is cleared when they have started).
    const early = () => !(editing && !loading);
    answerEarly(signal, {
      [OPEN_PICKER_TYPE]: () => {
        if (!early()) return undefined;
        startEditing();
        if (!loading) return undefined;
        loading.pickerAsked = true;
        return Promise.resolve(true);
      },
      [TAB_STATUS_TYPE]: () => (early() ? loadApp().then((started) => started.status()) : undefined),
    });
  }

  // The page-wide app: at once where the conversation list is; on a chat page whose list we do not
  // recognise (a pack may know newer selectors), on the agent's first click or key there.
  const onChat = () => portal?.isChatPage(new URL(location.href)) ?? false;
  const listShown = () => queryAll(document, portal?.selectors.conversationList).length > 0;
  if (onChat() && listShown()) {
    await loadApp();
    return;
  }
  host.dataset.ready = 'true';
  const first = new AbortController();
  signal.addEventListener('abort', () => first.abort(), { once: true });
  const start = () => {
    first.abort();
    void loadApp().catch((error: unknown) => console.error('[ReplyGuard] did not start', error));
  };
  for (const type of ['pointerdown', 'keydown'] as const)
    window.addEventListener(type, (event) => isAgentInput(event) && onChat() && start(), {
      capture: true,
      signal: first.signal,
    });
  const look = guarded(() => onChat() && listShown() && start());
  const observer = new MutationObserver(throttled(look, 250, first.signal));
  observer.observe(document.documentElement, { childList: true, subtree: true });
  first.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  ctx.addEventListener(window, 'wxt:locationchange', look);
}

/** Runs `fn` at most once per `ms`, on the trailing edge, until `signal` aborts. */
function throttled(fn: () => void, ms: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
}
