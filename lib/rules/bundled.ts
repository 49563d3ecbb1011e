import type { PlatformId, PortalId } from '@/lib/platforms';
import aliexpress from '@/rules/aliexpress.json';
import amazon from '@/rules/amazon.json';
import common from '@/rules/common.json';
import dhgate from '@/rules/dhgate.json';
import ebay from '@/rules/ebay.json';
import lazada from '@/rules/lazada.json';
import pinduoduo from '@/rules/pinduoduo.json';
import shopee from '@/rules/shopee.json';
import tiktok from '@/rules/tiktok.json';
import walmart from '@/rules/walmart.json';
import { type Pack, PackSchema } from './pack-schema';

/** One bundled pack per platform id plus `common` (the type demands every one). */
const RAW: Record<PortalId | 'common', unknown> = {
  common,
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

let cache: Record<string, Pack> | undefined;

/** The packs shipped inside the extension, validated; the fallback for every remote source. */
export function bundledPacks(): Record<string, Pack> {
  cache ??= Object.fromEntries(Object.entries(RAW).map(([id, raw]) => [id, PackSchema.parse(raw)]));
  return cache;
}

/** The packs that apply to a platform: `common` first, then the platform's own. */
export function bundledPacksFor(platform: PlatformId): Pack[] {
  const packs = bundledPacks();
  const own = platform === 'generic' ? undefined : packs[platform];
  return own ? [packs.common!, own] : [packs.common!];
}
