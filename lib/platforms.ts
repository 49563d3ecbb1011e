/** Contract 1: platform ids. */
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

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}
