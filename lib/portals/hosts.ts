import type { PlatformId } from '@/lib/platforms';

/** Seller-portal chat hosts per platform. The manifest's content-script matches are built from this list. */
const tlds = (prefix: string, list: string[]) => list.map((tld) => `${prefix}.${tld}`);

export const PORTAL_HOSTS: Record<Exclude<PlatformId, 'generic'>, readonly string[]> = {
  pinduoduo: ['mms.pinduoduo.com'],
  shopee: [
    'seller.shopee.cn',
    ...tlds('seller.shopee', [
      'sg',
      'com.my',
      'co.th',
      'tw',
      'co.id',
      'vn',
      'ph',
      'com.br',
      'com.mx',
      'com.co',
      'cl',
    ]),
    'banhang.shopee.vn',
  ],
  aliexpress: ['gsp.aliexpress.com', 'msg.aliexpress.com'],
  walmart: ['seller.walmart.com'],
  dhgate: ['seller.dhgate.com'],
  amazon: [
    ...tlds('sellercentral.amazon', [
      'com',
      'ca',
      'com.mx',
      'com.br',
      'co.uk',
      'de',
      'fr',
      'it',
      'es',
      'nl',
      'se',
      'pl',
      'com.be',
      'com.tr',
      'ae',
      'sa',
      'eg',
      'in',
      'co.jp',
      'com.au',
      'sg',
    ]),
    'sellercentral-europe.amazon.com',
    'sellercentral-japan.amazon.com',
  ],
  lazada: tlds('sellercenter.lazada', ['sg', 'com.my', 'co.th', 'co.id', 'vn', 'com.ph']),
  tiktok: [
    ...['us', 'uk', 'id', 'my', 'th', 'vn', 'ph', 'sg', 'mx', 'br', 'es', 'de', 'fr', 'it', 'jp'].map(
      (site) => `seller-${site}.tiktok.com`,
    ),
    'seller.tiktokshopglobalselling.com',
    'seller.tiktokglobalshop.com',
  ],
  ebay: tlds('mesg.ebay', [
    'com',
    'co.uk',
    'de',
    'fr',
    'it',
    'es',
    'at',
    'ch',
    'ie',
    'nl',
    'be',
    'pl',
    'ca',
    'com.au',
    'com.sg',
    'com.my',
    'ph',
    'com.hk',
  ]),
};

export const ALL_PORTAL_HOSTS: readonly string[] = Object.values(PORTAL_HOSTS).flat();

/** Match patterns for the manifest (ports are ignored by match patterns). */
export const PORTAL_MATCHES: string[] = ALL_PORTAL_HOSTS.map((host) => `*://${host}/*`);

export function platformForHost(hostname: string): Exclude<PlatformId, 'generic'> | undefined {
  const host = hostname.toLowerCase();
  for (const [platform, hosts] of Object.entries(PORTAL_HOSTS)) {
    if (hosts.includes(host)) return platform as Exclude<PlatformId, 'generic'>;
  }
  return undefined;
}
