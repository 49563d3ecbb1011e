import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { PORTAL_IDS, type PortalId } from '@/lib/platforms';
import { bundledPacks } from '@/lib/rules/bundled';
import { togglePortal } from '@/lib/settings/portals';
import type { Settings } from '@/lib/settings/schema';
import { Check, Field } from './Field';

/** The interface language: the browser's (auto) or one of the three the UI speaks. */
export function LanguageSelect(props: {
  value: Settings['uiLocale'];
  onChange(value: Settings['uiLocale']): void;
}) {
  return (
    <Field label={t('optionsUiLanguage')}>
      <select
        data-setting="uiLocale"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as Settings['uiLocale'])}
      >
        <option value="auto">{t('optionsLanguageAuto')}</option>
        <option value="en">English</option>
        <option value="zh_CN">简体中文</option>
        <option value="zh_TW">繁體中文</option>
      </select>
    </Field>
  );
}

/** One checkbox per portal (by its pack's name); `detail` adds a note after a portal's name. */
export function PortalChecks(props: {
  chosen: readonly PortalId[];
  onChange(chosen: PortalId[]): void;
  detail?: (portal: PortalId) => ComponentChildren;
}) {
  return (
    <fieldset class="rg-portals">
      <legend>{t('onboardingPortals')}</legend>
      {PORTAL_IDS.map((portal) => (
        <Check
          key={portal}
          data-portal={portal}
          checked={props.chosen.includes(portal)}
          onChange={(on) => props.onChange(togglePortal(props.chosen, portal, on))}
          label={
            <>
              {bundledPacks()[portal]?.name ?? portal}
              {props.detail?.(portal)}
            </>
          }
        />
      ))}
    </fieldset>
  );
}
