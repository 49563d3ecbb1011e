import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import zhTW from '@/public/_locales/zh_TW/messages.json';
import { pickLocale, type UiLocale } from './i18n-locales';

type Messages = Record<string, { message: string }>;
const CATALOGS: Record<UiLocale, Messages> = { en, zh_CN: zhCN, zh_TW: zhTW };

let current: UiLocale = pickLocale(globalThis.navigator?.language);

/** The UI language: follows the browser unless the agent chose one in options. */
export function setUiLocale(locale: UiLocale | 'auto'): void {
  current = locale === 'auto' ? pickLocale(globalThis.navigator?.language) : locale;
}

export function uiLocale(): UiLocale {
  return current;
}

/** Looks up a UI string; `$1`, `$2`… are replaced by `subs`. Falls back to English, then the key. */
export function t(key: string, ...subs: Array<string | number>): string {
  const raw = CATALOGS[current][key]?.message ?? CATALOGS.en[key]?.message ?? key;
  return raw.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
