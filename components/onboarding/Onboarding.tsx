import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { documentLanguage } from '@/components/mount-page';
import { Field } from '@/components/options/Field';
import { LanguageSelect, PortalChecks } from '@/components/options/ProfileFields';
import { setUiLocale, t } from '@/lib/i18n';
import type { PortalId } from '@/lib/platforms';
import { bundledPacks } from '@/lib/rules/bundled';
import type { Settings } from '@/lib/settings/schema';
import { settings as storedSettings } from '@/lib/storage/items';
import { Legend } from './Legend';
import { ShortcutHelp } from './ShortcutHelp';
import '@/components/options/options.css';
import './onboarding.css';

type Profile = Pick<Settings, 'agentName' | 'shopName' | 'portals'>;

/** "3 min", "12 h": a platform's reply limit in a few characters. */
function replyLimit(portal: PortalId): string {
  const minutes = bundledPacks()[portal]?.reply?.replyWithinMinutes;
  if (minutes === undefined) return '';
  return minutes < 60 ? t('onboardingMinutes', minutes) : t('onboardingHours', Math.round(minutes / 60));
}

/** The first-run page (opened by the background on install): language, who and where, the keys, the signs. */
export function Onboarding() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [profile, setProfile] = useState<Profile>({ agentName: '', shopName: '', portals: [] });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void storedSettings.get().then((loaded) => {
      setSettings(loaded);
      setProfile({ agentName: loaded.agentName, shopName: loaded.shopName, portals: loaded.portals });
    });
  }, []);
  if (!settings) return null;

  const edit = (patch: Partial<Profile>) => {
    setProfile({ ...profile, ...patch });
    setSaved(false);
  };
  const changeLanguage = (uiLocale: Settings['uiLocale']) =>
    void storedSettings
      .update((current) => ({ ...current, uiLocale }))
      .then((next) => {
        setUiLocale(next.uiLocale);
        document.documentElement.lang = documentLanguage();
        setSettings(next); // re-renders every string in the new language
      });
  const save = (event: Event) => {
    event.preventDefault();
    const clean = { ...profile, agentName: profile.agentName.trim(), shopName: profile.shopName.trim() };
    void storedSettings
      .update((current) => ({ ...current, ...clean }))
      .then((next) => {
        setSettings(next);
        setSaved(true);
      });
  };

  return (
    <div class="rg-options rg-onboarding" data-onboarding="" data-locale={documentLanguage()}>
      <header>
        <h1>{t('onboardingTitle')}</h1>
        <LanguageSelect value={settings.uiLocale} onChange={changeLanguage} />
      </header>
      <p class="rg-lead">{t('onboardingIntro')}</p>
      <main>
        <form class="rg-card" data-form="profile" onSubmit={save} aria-labelledby="rg-profile-title">
          <h2 id="rg-profile-title">{t('onboardingProfileTitle')}</h2>
          <div class="rg-row">
            <Field label={t('optionsAgentName')}>
              <input
                data-setting="agentName"
                autocomplete="name"
                maxLength={100}
                value={profile.agentName}
                onInput={(event) => edit({ agentName: event.currentTarget.value })}
              />
            </Field>
            <Field label={t('optionsShopName')}>
              <input
                data-setting="shopName"
                autocomplete="organization"
                maxLength={200}
                value={profile.shopName}
                onInput={(event) => edit({ shopName: event.currentTarget.value })}
              />
            </Field>
          </div>
          <p class="rg-hint">{t('optionsTemplateValuesHint')}</p>
          <PortalChecks
            chosen={profile.portals}
            onChange={(portals) => edit({ portals })}
            detail={(portal) => (
              <small class="rg-hint rg-portal-note">{t('onboardingReplyWithin', replyLimit(portal))}</small>
            )}
          />
          <p class="rg-hint">{t('onboardingPortalsHint')}</p>
          <p class="rg-actions">
            <button type="submit" class="rg-primary" data-action="save-profile">
              {t('onboardingSave')}
            </button>
            <span role="status" data-status="">
              {saved ? t('onboardingSaved') : ''}
            </span>
          </p>
        </form>
        <ShortcutHelp />
        <Legend />
        <p>
          <button
            type="button"
            data-action="open-options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('onboardingOpenOptions')}
          </button>
        </p>
      </main>
    </div>
  );
}
