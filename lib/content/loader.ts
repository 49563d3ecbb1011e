import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { App } from '@/entrypoints/content/start';
import { editorFromFocusPath } from '@/lib/editor/resolve';
import { OPEN_PICKER_TYPE, TAB_STATUS_TYPE } from '@/lib/messaging/early-types';
import { platformForUrl, portalForUrl } from '@/lib/portals/registry';
import { matchesAny } from '@/lib/portals/select';
import type { PortalModule } from '@/lib/portals/types';
import { loadAppWhereListed } from './app-where-listed';
import { answerEarly } from './early-messages';
import { editingLoader } from './editing-loader';
import { focusPath } from './focus';
import { handledByParent } from './frame-role';
import { eachSameOriginWindow } from './frame-windows';
import { guarded, isAgentInput } from './handlers';
import { createUiHost } from './ui-host';

/** The content app's entry module (scripts/content-app-build.ts builds it). */
const APP_URL = '/content-scripts/app/app.js' as const;

/**
 * The content script proper: light, in every frame of a portal page. It makes the `<replyguard-ui>`
 * host and loads the rest of ReplyGuard only where it is needed:
 * - the app (badges and the rest of the page-wide work) where the conversation list is
 *   (`loadAppWhereListed`);
 * - the editing features and the lint engine (outer frames) the first time the agent focuses a reply
 *   box (or points at one), or presses its send button (`editingLoader`: sends made meanwhile wait for
 *   the guard); messages that arrive before those features answer are answered here.
 */
export async function startLoader(ctx: ContentScriptContext): Promise<void> {
  const url = new URL(location.href);
  const portal = portalForUrl(url);
  const ui = await createUiHost(ctx);
  ui.host.dataset.platform = platformForUrl(url);

  let app: Promise<App> | undefined;
  const loadApp = () => {
    app ??= import(/* @vite-ignore */ browser.runtime.getURL(APP_URL)).then(
      (module: typeof import('@/entrypoints/content/app')) => module.startApp({ ctx, ui }),
    );
    return app;
  };

  if (!handledByParent()) {
    const editing = editingLoader(ui.host, portal, ctx.signal, loadApp);
    wakeOnReplyBox(portal, ctx.signal, editing.start);
    answerEarly(ctx.signal, {
      [OPEN_PICKER_TYPE]: () => (editing.askPicker() ? Promise.resolve(true) : undefined),
      [TAB_STATUS_TYPE]: () => (editing.early() ? loadApp().then((started) => started.status()) : undefined),
    });
  }
  // Where the app starts, it says when it is ready; elsewhere the loader is all there is for now.
  if (!(await loadAppWhereListed(ctx, portal, loadApp))) ui.host.dataset.ready = 'true';
}

/**
 * Calls `wake` once: when the agent focuses a reply box here or in a same-origin frame (or one has the
 * focus already), moves the pointer over one, or presses the portal's send button.
 */
function wakeOnReplyBox(portal: PortalModule | undefined, signal: AbortSignal, wake: () => void): void {
  const once = new AbortController();
  signal.addEventListener('abort', () => once.abort(), { once: true });
  const fire = () => {
    once.abort();
    wake();
  };
  const onEvent = guarded((event: Event) => {
    if (!isAgentInput(event)) return;
    const path = event.composedPath();
    const send = portal?.selectors.sendButton;
    const onSend = event.type === 'pointerdown' && path.some((node) => matchesAny(node, send));
    if (onSend || editorFromFocusPath(path)) fire();
  });
  eachSameOriginWindow(once.signal, (win, scope) => {
    // pointerover: the pointer on its way to a reply box, so loading starts before the click.
    for (const type of ['focusin', 'pointerdown', 'pointerover'] as const)
      win.addEventListener(type, onEvent, { capture: true, signal: scope });
  });
  if (editorFromFocusPath(focusPath())) fire();
}
