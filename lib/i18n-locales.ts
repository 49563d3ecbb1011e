const UI_LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Picks the closest supported UI locale for a BCP 47 tag such as zh-HK or en-US. */
export function pickLocale(tag: string | undefined): UiLocale {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (t.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(t) ? 'zh_TW' : 'zh_CN';
  }
  return 'en';
}
