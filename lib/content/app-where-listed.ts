import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { queryAll } from '@/lib/portals/select';
import type { PortalModule } from '@/lib/portals/types';
import { guarded, isAgentInput } from './handlers';

/**
 * Loads the page-wide app where it has work: at once on a chat page that shows the conversation list;
 * on a chat page whose list is not recognised (a pack may know newer selectors), on the agent's first
 * click or key there; later, when a list appears or an SPA route enters a chat page. Resolves once the
 * app started (true) or it is left to those triggers (false).
 */
export async function loadAppWhereListed(
  ctx: ContentScriptContext,
  portal: PortalModule | undefined,
  loadApp: () => Promise<unknown>,
): Promise<boolean> {
  const onChat = () => portal?.isChatPage(new URL(location.href)) ?? false;
  const listShown = () => queryAll(document, portal?.selectors.conversationList).length > 0;
  if (onChat() && listShown()) {
    await loadApp();
    return true;
  }
  const first = new AbortController();
  ctx.signal.addEventListener('abort', () => first.abort(), { once: true });
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
  return false;
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
