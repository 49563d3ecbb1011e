import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import { settings as storedSettings } from '@/lib/storage/items';
import { Check, Field } from './Field';
import { LanguageSelect, PortalChecks } from './ProfileFields';
import { ShortcutField } from './ShortcutField';

const updateSettings = (patch: Partial<Settings>) =>
  storedSettings.update((current) => ({ ...current, ...patch }));

/** Settings that switch a helper on or off, with their labels. */
const TOGGLES = [
  ['suggestions', 'optionsSuggestions'],
  ['buyerContext', 'optionsBuyerContext'],
] as const;

/** Interface language, the agent's own template values, the portals they work on, the helpers by the reply box. */
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
      <LanguageSelect
        value={settings.uiLocale}
        onChange={(uiLocale) => void updateSettings({ uiLocale }).then(() => location.reload())}
      />
      <Field label={t('optionsAgentName')}>
        <input
          data-setting="agentName"
          value={settings.agentName}
          maxLength={100}
          onChange={(event) => save({ agentName: event.currentTarget.value.trim() })}
        />
      </Field>
      <Field label={t('optionsShopName')}>
        <input
          data-setting="shopName"
          value={settings.shopName}
          maxLength={200}
          onChange={(event) => save({ shopName: event.currentTarget.value.trim() })}
        />
      </Field>
      <p class="rg-hint">{t('optionsTemplateValuesHint')}</p>
      <PortalChecks chosen={settings.portals} onChange={(portals) => save({ portals })} />
      {TOGGLES.map(([key, label]) => (
        <Check
          key={key}
          data-setting={key}
          checked={settings[key]}
          onChange={(on) => save({ [key]: on })}
          label={t(label)}
        />
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
      <p>
        <a href={browser.runtime.getURL('/onboarding.html')} target="_blank" rel="noopener">
          {t('optionsShowWelcome')}
        </a>
      </p>
    </section>
  );
}
