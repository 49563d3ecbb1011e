import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentEnv } from '@/lib/content/env';
import { startRulesRuntime } from '@/lib/content/rules-runtime';
import { startFeatures } from '@/lib/content/runtime';
import { watchStored } from '@/lib/content/stored';
import { createUiLayer } from '@/lib/content/ui-layer';
import { setUiLocale } from '@/lib/i18n';
import { platformForUrl, portalForUrl } from '@/lib/portals/registry';
import { settings as storedSettings } from '@/lib/storage/items';
import { FEATURES } from './features';

/** Boots ReplyGuard in one document (every frame of a portal page runs its own copy). */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const url = new URL(location.href);
  const platform = platformForUrl(url);
  const portal = portalForUrl(url);
  const { signal } = ctx;

  const settings = await watchStored(storedSettings, signal);
  setUiLocale(settings.get().uiLocale);
  settings.subscribe((next) => setUiLocale(next.uiLocale), signal);

  const layer = await createUiLayer(ctx);
  layer.host.dataset.platform = platform;
  const rules = startRulesRuntime(platform, portal, signal);
  const env: ContentEnv = { ctx, signal, platform, portal, layer, rules, settings };
  await startFeatures(FEATURES, env);
  layer.host.dataset.ready = 'true';
}
