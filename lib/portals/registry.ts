import type { PlatformId, PortalId } from '@/lib/platforms';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { dhgate } from './dhgate';
import { ebay } from './ebay';
import { lazada } from './lazada';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import { tiktok } from './tiktok';
import type { PortalModule } from './types';
import { walmart } from './walmart';

/**
 * The platform registry: one portal module per platform id (the type demands every one, each under its
 * own id). Hosts, manifest matches and per-platform facts are read from here; the bundled packs are
 * keyed by the same ids (lib/rules/bundled.ts).
 */
export const PORTALS: { readonly [P in PortalId]: PortalModule<P> } = {
  pinduoduo,
  shopee,
  aliexpress,
  walmart,
  dhgate,
  amazon,
  lazada,
  tiktok,
  ebay,
};

/** The portal modules in contract order. */
export const PORTAL_LIST: readonly PortalModule[] = Object.values(PORTALS);

/**
 * Match patterns for the manifest (ports are ignored by match patterns): https only. Every portal serves
 * its chat over https; a page on plain http could be anyone's on the network, and the content script
 * would hand it what it may see (templates in the picker, the reply's findings).
 */
export const PORTAL_MATCHES: string[] = PORTAL_LIST.flatMap((portal) =>
  portal.hosts.map((host) => `https://${host}/*`),
);

/** The portal whose hosts include `hostname` (exact match, any case). */
export function portalForHost(hostname: string): PortalModule | undefined {
  const host = hostname.toLowerCase();
  return PORTAL_LIST.find((portal) => portal.hosts.includes(host));
}

/** The portal module for a page URL's host (any page on a portal host, chat page or not). */
export function portalForUrl(url: URL): PortalModule | undefined {
  return portalForHost(url.hostname);
}

export function platformForUrl(url: URL): PlatformId {
  return portalForUrl(url)?.platform ?? 'generic';
}

/** The portal of a platform id (undefined for `generic` and for anything not a platform id). */
export function portalOf(platform: string): PortalModule | undefined {
  return PORTAL_LIST.find((portal) => portal.platform === platform);
}

/** The zone a platform's pages show times in: the portal's own, else the browser's. */
export function platformTimeZone(platform: string): string {
  const zone = portalOf(platform)?.timeZone ?? 'browser';
  return zone === 'browser' ? Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' : zone;
}

/** The locale a platform's buyers read dates in. */
export function buyerLocale(platform: string): string {
  return portalOf(platform)?.buyerLocale ?? 'en-US';
}
