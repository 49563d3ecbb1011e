import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import { settings as storedSettings } from '@/lib/storage/items';
import { ShortcutField } from './ShortcutField';

const updateSettings = (patch: Partial<Settings>) =>
  storedSettings.update((current) => ({ ...current, ...patch }));

/** Settings that switch a helper on or off, with their labels. */
const TOGGLES = [
  ['suggestions', 'optionsSuggestions'],
  ['buyerContext', 'optionsBuyerContext'],
] as const;

/** Interface language, the agent's own template values, and the helpers by the reply box. */
export function GeneralTab() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void storedSettings.get().then(setSettings);
  }, []);
  if (!settings) return null;

  const save = (patch: Partial<Settings>) =>
    void updateSettings(patch).then((next) => {
      setSettings(next);
      setSaved(true);
    });

  return (
    <section class="rg-card" data-options="general">
      <label class="rg-field">
        <span>{t('optionsUiLanguage')}</span>
        <select
          data-setting="uiLocale"
          value={settings.uiLocale}
          onChange={(event) => {
            const uiLocale = event.currentTarget.value as Settings['uiLocale'];
            void updateSettings({ uiLocale }).then(() => location.reload());
          }}
        >
          <option value="auto">{t('optionsLanguageAuto')}</option>
          <option value="en">English</option>
          <option value="zh_CN">简体中文</option>
          <option value="zh_TW">繁體中文</option>
        </select>
      </label>
      <label class="rg-field">
        <span>{t('optionsAgentName')}</span>
        <input
          data-setting="agentName"
          value={settings.agentName}
          maxLength={100}
          onChange={(event) => save({ agentName: event.currentTarget.value.trim() })}
        />
      </label>
      <label class="rg-field">
        <span>{t('optionsShopName')}</span>
        <input
          data-setting="shopName"
          value={settings.shopName}
          maxLength={200}
          onChange={(event) => save({ shopName: event.currentTarget.value.trim() })}
        />
      </label>
      <p class="rg-hint">{t('optionsTemplateValuesHint')}</p>
      {TOGGLES.map(([key, label]) => (
        <label key={key} class="rg-field rg-check">
          <input
            type="checkbox"
            data-setting={key}
            checked={settings[key]}
            onChange={(event) => save({ [key]: event.currentTarget.checked })}
          />
          <span>{t(label)}</span>
        </label>
      ))}
      <ShortcutField
        label={t('optionsCardKey')}
        hint={t('optionsCardKeyHint')}
        name="cardKey"
        value={settings.cardKey}
        onChange={(cardKey) => save({ cardKey })}
      />
      {saved && (
        <p class="rg-hint" role="status">
          {t('optionsSaved')}
        </p>
      )}
    </section>
  );
}
