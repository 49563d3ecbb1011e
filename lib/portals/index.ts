import type { PlatformId } from '@/lib/platforms';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { dhgate } from './dhgate';
import { ebay } from './ebay';
import { platformForHost } from './hosts';
import { lazada } from './lazada';
import { pinduoduo } from './pinduoduo';
import type { Selectors } from './selectors-schema';
import { shopee } from './shopee';
import { tiktok } from './tiktok';
import type { PortalModule } from './types';
import { walmart } from './walmart';

export const PORTALS: readonly PortalModule[] = [
  pinduoduo,
  shopee,
  aliexpress,
  walmart,
  dhgate,
  amazon,
  lazada,
  tiktok,
  ebay,
];

/** The portal module for a page URL's host (any page on a portal host, chat page or not). */
export function portalForUrl(url: URL): PortalModule | undefined {
  const platform = platformForHost(url.hostname);
  return PORTALS.find((portal) => portal.platform === platform);
}

export function platformForUrl(url: URL): PlatformId {
  return portalForUrl(url)?.platform ?? 'generic';
}

/** Pack selectors replace a module's default list key by key. */
export function mergeSelectors(defaults: Selectors, ...overrides: Array<Selectors | undefined>): Selectors {
  const merged: Selectors = { ...defaults };
  for (const override of overrides) {
    if (!override) continue;
    for (const [key, list] of Object.entries(override) as Array<[keyof Selectors, string[] | undefined]>) {
      if (list?.length) merged[key] = list;
    }
  }
  return merged;
}
