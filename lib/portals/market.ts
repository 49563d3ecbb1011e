/**
 * Which buyer market a portal page serves: the host's country (seller.shopee.tw → TW, lazada.co.th → TH),
 * TikTok's `shop_region`, or the platform's home market. Cross-border hosts (seller.shopee.cn,
 * msg.aliexpress.com, seller.dhgate.com) name no market: the page's country or the buyer's language
 * decides there (lib/buyer/context.ts), else the platform's default below.
 */
import type { PlatformId, PortalId } from '@/lib/platforms';

/** Each platform's home market, when neither the host nor the page names one. */
const DEFAULT_MARKET: { readonly [P in PortalId]: string } = {
  pinduoduo: 'CN',
  shopee: 'SG',
  aliexpress: 'US',
  walmart: 'US',
  dhgate: 'US',
  amazon: 'US',
  lazada: 'SG',
  tiktok: 'US',
  ebay: 'US',
};

/** Country-code top-level domains and second-level ones (`co.th`, `com.br`) → ISO code. */
const TLD: Record<string, string> = {
  tw: 'TW',
  th: 'TH',
  id: 'ID',
  vn: 'VN',
  my: 'MY',
  sg: 'SG',
  ph: 'PH',
  br: 'BR',
  mx: 'MX',
  co: 'CO',
  cl: 'CL',
  uk: 'GB',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  jp: 'JP',
  ca: 'CA',
  au: 'AU',
  in: 'IN',
  pl: 'PL',
  nl: 'NL',
  ie: 'IE',
};

/** The market a page's URL names, or undefined (a cross-border host such as seller.shopee.cn). */
export function marketOfUrl(platform: PlatformId, url: URL): string | undefined {
  if (platform === 'pinduoduo') return 'CN';
  if (platform === 'walmart') return 'US';
  const region = url.searchParams.get('shop_region') ?? /^seller-([a-z]{2})\./.exec(url.hostname)?.[1];
  if (platform === 'tiktok' && region) return region.toUpperCase();
  const labels = url.hostname.toLowerCase().split('.');
  const last = labels.at(-1) ?? '';
  // `.com` hosts of US-first platforms (amazon.com, ebay.com) serve the US market.
  if (last === 'com' && (platform === 'amazon' || platform === 'ebay')) return 'US';
  return TLD[last];
}

/** The platform's home market (ISO code), or undefined for `generic`. */
export const defaultMarket = (platform: PlatformId): string | undefined =>
  platform === 'generic' ? undefined : DEFAULT_MARKET[platform];
