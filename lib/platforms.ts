/** Contract 1: platform ids. Each one but `generic` has a portal module in lib/portals/registry.ts. */
export const PLATFORM_IDS = [
  'pinduoduo',
  'shopee',
  'aliexpress',
  'walmart',
  'dhgate',
  'amazon',
  'lazada',
  'tiktok',
  'ebay',
  'generic',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];
/** A platform with its own portal (every id but `generic`, which has common rules only). */
export type PortalId = Exclude<PlatformId, 'generic'>;

export const PORTAL_IDS = PLATFORM_IDS.filter((id): id is PortalId => id !== 'generic');

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}
