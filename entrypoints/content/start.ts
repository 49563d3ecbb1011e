import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentEnv } from '@/lib/content/env';
import { observable } from '@/lib/content/observable';
import { startRulesRuntime } from '@/lib/content/rules-runtime';
import { createUiLayer } from '@/lib/content/ui-layer';
import { setUiLocale } from '@/lib/i18n';
import { platformForUrl, portalForUrl } from '@/lib/portals/registry';
import { loadSettings, parseSettings, SETTINGS_KEY } from '@/lib/settings/schema';
import { FEATURES } from './features';

/** Boots ReplyGuard in one document (every frame of a portal page runs its own copy). */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const url = new URL(location.href);
  const platform = platformForUrl(url);
  const portal = portalForUrl(url);
  const signal = ctx.signal;

  const settings = observable(await loadSettings());
  setUiLocale(settings.get().uiLocale);
  const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[SETTINGS_KEY] || signal.aborted) return;
    const next = parseSettings(changes[SETTINGS_KEY].newValue);
    setUiLocale(next.uiLocale);
    settings.set(next);
  };
  browser.storage.onChanged.addListener(onSettings);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onSettings), {
    once: true,
  });

  const layer = await createUiLayer(ctx);
  layer.host.dataset.platform = platform;

  const env: ContentEnv = {
    ctx,
    signal,
    platform,
    portal,
    layer,
    rules: startRulesRuntime(platform, portal, signal),
    settings,
  };
  for (const feature of FEATURES) {
    try {
      await feature.init(env);
    } catch (error) {
      // A feature that fails must not take the others down or throw into the page.
      console.debug(`[ReplyGuard] ${feature.id} did not start`, error);
    }
  }
  layer.host.dataset.ready = 'true';
}
