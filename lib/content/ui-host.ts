import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

const UI_TAG = 'replyguard-ui';

/** The `<replyguard-ui>` host of this document: what the loader makes at once, and the app draws into. */
export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the features' slots go, inside the shadow root (after our styles). */
  container: HTMLElement;
}

/** Where our host goes: <body>, unless the body IS an editor (iframe editors): never inside the page's editor. */
function layerParent(): HTMLElement {
  const body = document.body;
  if (!body || body.isContentEditable || document.designMode === 'on') return document.documentElement;
  return body;
}

/**
 * Creates the one `<replyguard-ui>` host of this document (open shadow root, contract 4). It is a
 * zero-size fixed box: features draw fixed-position children over the page and never touch its DOM.
 */
export async function createUiHost(ctx: ContentScriptContext): Promise<UiHost> {
  // A host left by an earlier copy of this script: Firefox stops an updated extension's old scripts
  // without letting them clean up, and injects the new one beside their layer.
  for (const stale of document.querySelectorAll(UI_TAG)) stale.remove();
  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor: layerParent,
    append: 'last',
    mode: 'open',
    onMount: (container) => container,
  });
  ui.mount();
  const host = ui.shadowHost;
  host.setAttribute(
    'style',
    'position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
      'overflow:visible!important;z-index:2147483647!important;display:block!important;pointer-events:none!important',
  );

  // Some portals rebuild <body>'s children; put our host back when that happens.
  const keepAttached = new MutationObserver(() => {
    if (!host.isConnected) layerParent().append(host);
  });
  keepAttached.observe(document.documentElement, { childList: true, subtree: false });
  if (document.body) keepAttached.observe(document.body, { childList: true });
  ctx.onInvalidated(() => {
    keepAttached.disconnect();
    ui.remove();
  });
  return { host, shadow: ui.shadow, container: ui.uiContainer };
}
