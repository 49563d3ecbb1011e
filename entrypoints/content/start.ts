import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentEnv } from '@/lib/content/env';
import type { WhileLoading } from '@/lib/content/held-send';
import { startPageRules } from '@/lib/content/page-rules';
import { startFeatures } from '@/lib/content/runtime';
import { watchStored } from '@/lib/content/stored';
import type { UiHost } from '@/lib/content/ui-host';
import { uiLayer } from '@/lib/content/ui-layer';
import { countBySeverity } from '@/lib/findings/counts';
import { setUiLocale } from '@/lib/i18n';
import type { TabStatusValue } from '@/lib/messaging/popup';
import { platformForUrl, portalForUrl } from '@/lib/portals/registry';
import { isGuardActive } from '@/lib/settings/guard-active';
import { settings as storedSettings } from '@/lib/storage/items';
import { FEATURES } from './features';

/** ReplyGuard in one document, as the loader (lib/content/loader.ts) started it. */
export interface App {
  /**
   * Loads the lint engine and starts the features that work on the reply editor (once); `whileLoading`
   * is what the agent did meanwhile (a held send, a composition under way).
   */
  startEditing(whileLoading: WhileLoading): Promise<void>;
  /** The popup's tab status before the editing features answer it: no reply box checked yet. */
  status(): TabStatusValue;
}

/** Boots ReplyGuard's page-wide features in one document (every frame of a portal page runs its own copy). */
export async function startApp({ ctx, ui }: { ctx: ContentScriptContext; ui: UiHost }): Promise<App> {
  const url = new URL(location.href);
  const platform = platformForUrl(url);
  const portal = portalForUrl(url);
  const { signal } = ctx;

  const settings = await watchStored(storedSettings, signal);
  setUiLocale(settings.get().uiLocale);
  settings.subscribe((next) => setUiLocale(next.uiLocale), signal);

  const layer = await uiLayer(ctx, ui);
  const rules = await startPageRules(platform, portal, signal);
  const env: ContentEnv = { ctx, signal, platform, portal, layer, rules, settings };
  await startFeatures(FEATURES, env);
  layer.host.dataset.ready = 'true';
  let editing: Promise<void> | undefined;
  return {
    startEditing(whileLoading) {
      editing ??= import('./features/editing').then(async ({ EDITING_FEATURES, editingParts }) => {
        const parts = await editingParts(platform, portal, signal);
        await startFeatures(EDITING_FEATURES, { ...env, whileLoading }, parts);
      });
      return editing;
    },
    status: () => ({
      platform,
      host: location.hostname,
      chatPage: portal?.isChatPage(new URL(location.href)) ?? false,
      editor: false,
      active: isGuardActive(settings.get(), location.hostname, Date.now()),
      counts: countBySeverity([]),
    }),
  };
}
