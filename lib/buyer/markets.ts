/**
 * Buyer markets: the country a buyer is in, its main time zone, the language buyers there read and write,
 * and the locale for dates. A country with several zones gets its most populous one (US: New York, BR:
 * São Paulo, ID: Jakarta): the page seldom tells the buyer's region.
 */
import type { BuyerLanguage } from './language';

export interface Market {
  /** ISO 3166-1 alpha-2, also the holiday calendar's key. */
  country: string;
  timeZone: string;
  /** BCP 47: the language of replies there (a template variant key). */
  language: string;
  /** Dates in template bodies. */
  locale: string;
}

const TABLE: Record<string, [timeZone: string, language: string, locale: string]> = {
  CN: ['Asia/Shanghai', 'zh-Hans', 'zh-CN'],
  TW: ['Asia/Taipei', 'zh-Hant', 'zh-TW'],
  HK: ['Asia/Hong_Kong', 'zh-Hant', 'zh-HK'],
  SG: ['Asia/Singapore', 'en', 'en-SG'],
  MY: ['Asia/Kuala_Lumpur', 'en', 'en-MY'],
  TH: ['Asia/Bangkok', 'th', 'th-TH'],
  ID: ['Asia/Jakarta', 'id', 'id-ID'],
  VN: ['Asia/Ho_Chi_Minh', 'vi', 'vi-VN'],
  PH: ['Asia/Manila', 'en', 'en-PH'],
  JP: ['Asia/Tokyo', 'ja', 'ja-JP'],
  KR: ['Asia/Seoul', 'ko', 'ko-KR'],
  IN: ['Asia/Kolkata', 'en', 'en-IN'],
  AU: ['Australia/Sydney', 'en', 'en-AU'],
  BR: ['America/Sao_Paulo', 'pt', 'pt-BR'],
  PT: ['Europe/Lisbon', 'pt', 'pt-PT'],
  MX: ['America/Mexico_City', 'es', 'es-MX'],
  CO: ['America/Bogota', 'es', 'es-CO'],
  CL: ['America/Santiago', 'es', 'es-CL'],
  ES: ['Europe/Madrid', 'es', 'es-ES'],
  US: ['America/New_York', 'en', 'en-US'],
  CA: ['America/Toronto', 'en', 'en-CA'],
  GB: ['Europe/London', 'en', 'en-GB'],
  IE: ['Europe/Dublin', 'en', 'en-IE'],
  DE: ['Europe/Berlin', 'de', 'de-DE'],
  FR: ['Europe/Paris', 'fr', 'fr-FR'],
  IT: ['Europe/Rome', 'it', 'it-IT'],
  NL: ['Europe/Amsterdam', 'nl', 'nl-NL'],
  PL: ['Europe/Warsaw', 'pl', 'pl-PL'],
};

/** The market of a country code (any case), or undefined for a country this table does not know. */
export function marketOf(country: string | undefined): Market | undefined {
  if (!country) return undefined;
  const code = country.trim().toUpperCase();
  const row = TABLE[code];
  return row ? { country: code, timeZone: row[0], language: row[1], locale: row[2] } : undefined;
}

/** The market a buyer's language points to when nothing else does (Thai → TH, traditional Chinese → TW). */
const BY_LANGUAGE: Partial<Record<BuyerLanguage, string>> = {
  'zh-Hans': 'CN',
  'zh-Hant': 'TW',
  th: 'TH',
  id: 'ID',
  vi: 'VN',
  pt: 'BR',
};
export const marketOfLanguage = (language: BuyerLanguage | undefined): Market | undefined =>
  language ? marketOf(BY_LANGUAGE[language]) : undefined;

/** Country names and codes as pages print them ("Thailand", "ประเทศไทย" is left to packs) → ISO code. */
const NAMES: Record<string, string> = {
  china: 'CN',
  taiwan: 'TW',
  'hong kong': 'HK',
  singapore: 'SG',
  malaysia: 'MY',
  thailand: 'TH',
  indonesia: 'ID',
  vietnam: 'VN',
  'viet nam': 'VN',
  philippines: 'PH',
  japan: 'JP',
  korea: 'KR',
  'south korea': 'KR',
  india: 'IN',
  australia: 'AU',
  brazil: 'BR',
  brasil: 'BR',
  portugal: 'PT',
  mexico: 'MX',
  colombia: 'CO',
  chile: 'CL',
  spain: 'ES',
  'united states': 'US',
  usa: 'US',
  canada: 'CA',
  'united kingdom': 'GB',
  uk: 'GB',
  ireland: 'IE',
  germany: 'DE',
  france: 'FR',
  italy: 'IT',
  netherlands: 'NL',
  poland: 'PL',
};

/** The market of a country as a page shows it: an ISO code (`BR`) or an English name (`Brazil`). */
export function marketOfCountryText(text: string | undefined): Market | undefined {
  const value = (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!value) return undefined;
  return marketOf(value.length === 2 ? value : NAMES[value]);
}
