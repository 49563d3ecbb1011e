import { render } from 'preact';
import type { ActiveRules, ContentEnv } from '@/lib/content/env';
import { observable } from '@/lib/content/observable';
import type { PlatformId } from '@/lib/platforms';
import type { PortalModule } from '@/lib/portals/types';
import { SettingsSchema } from '@/lib/settings/schema';

/** A content-feature environment on a real shadow root, for unit tests (no runtime, no extension). */
export function testEnv(options: {
  signal: AbortSignal;
  platform: PlatformId;
  portal?: PortalModule;
  rules: ActiveRules;
}) {
  const host = document.createElement('replyguard-ui');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const slots = new Map<string, HTMLElement>();
  const rules = observable<ActiveRules>(options.rules);
  const settings = observable(SettingsSchema.parse({}));
  const env = {
    ctx: {} as ContentEnv['ctx'],
    signal: options.signal,
    platform: options.platform,
    portal: options.portal,
    layer: {
      host,
      shadow,
      render(slot, vnode) {
        let el = slots.get(slot);
        if (!el) {
          el = document.createElement('div');
          shadow.append(el);
          slots.set(slot, el);
        }
        render(vnode, el);
      },
    },
    rules,
    settings,
  } satisfies ContentEnv;
  return { env, shadow, rules, settings };
}
