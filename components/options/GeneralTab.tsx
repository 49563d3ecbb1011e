import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { loadSettings, type Settings, updateSettings } from '@/lib/settings';

export function GeneralTab() {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <section>
      <label>
        {t('optionsUiLanguage')}{' '}
        <select
          data-setting="uiLocale"
          value={settings.uiLocale}
          onChange={(event) => {
            const uiLocale = event.currentTarget.value as Settings['uiLocale'];
            void updateSettings({ uiLocale }).then((next) => {
              setSettings(next);
              location.reload();
            });
          }}
        >
          <option value="auto">{t('optionsLanguageAuto')}</option>
          <option value="en">English</option>
          <option value="zh_CN">简体中文</option>
          <option value="zh_TW">繁體中文</option>
        </select>
      </label>
    </section>
  );
}
