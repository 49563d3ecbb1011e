import '@/lib/zod-config';
import { type ComponentChild, render } from 'preact';
import { setUiLocale, uiLocale } from '@/lib/i18n';
import { settings as storedSettings } from '@/lib/storage/items';

/** The document's language tag for a UI locale, so screen readers pronounce the page right. */
export function documentLanguage(): string {
  return { en: 'en', zh_CN: 'zh-CN', zh_TW: 'zh-TW' }[uiLocale()];
}

/** Starts an extension page: the agent's interface language first, then the page's view in #app. */
export function mountPage(view: () => ComponentChild): void {
  void storedSettings.get().then((settings) => {
    setUiLocale(settings.uiLocale);
    document.documentElement.lang = documentLanguage();
    render(view(), document.getElementById('app')!);
  });
}
