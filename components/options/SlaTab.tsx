import { useEffect, useState } from 'preact/hooks';
import { draftFromTeam, type TeamDraft, teamFromDraft } from '@/components/sla/team-draft';
import { t } from '@/lib/i18n';
import { PORTAL_IDS, type PortalId } from '@/lib/platforms';
import { bundledPacks } from '@/lib/rules/bundled';
import { type SlaSettings, SlaSettingsSchema } from '@/lib/sla/settings';
import { slaSettings } from '@/lib/storage/items';

const FIRST_PLATFORM = PORTAL_IDS[0]!;
const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Singapore',
  'UTC',
];
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const DAY_NAMES = (locale: string) =>
  [0, 1, 2, 3, 4, 5, 6].map((d) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, 10, 22 + d)),
    ),
  );

/** Options: badges, notifications (lead time, quiet hours) and team targets per platform. */
export function SlaTab() {
  const [settings, setSettings] = useState<SlaSettings | undefined>();
  const [status, setStatus] = useState('');
  const [platform, setPlatform] = useState<PortalId>(FIRST_PLATFORM);
  const [draft, setDraft] = useState<TeamDraft>(() => draftFromTeam(undefined, browserZone()));

  useEffect(() => {
    void slaSettings.get().then((loaded) => {
      setSettings(loaded);
      setDraft(draftFromTeam(loaded.teams[FIRST_PLATFORM], browserZone()));
    });
  }, []);
  if (!settings) return null;

  const save = async (next: SlaSettings) => {
    const parsed = SlaSettingsSchema.safeParse(next);
    if (!parsed.success) {
      setStatus(t('slaOptionsInvalid', parsed.error.issues[0]?.message ?? ''));
      return;
    }
    await slaSettings.set(parsed.data);
    setSettings(parsed.data);
    setStatus(t('slaOptionsSaved'));
  };
  const alerts = settings.alerts;
  const setAlerts = (patch: Partial<SlaSettings['alerts']>) =>
    void save({ ...settings, alerts: { ...alerts, ...patch } });
  const saveTeam = (clear: boolean) => {
    const result = clear ? { ok: true as const, team: undefined } : teamFromDraft(draft);
    if (!result.ok) {
      setStatus(t('slaOptionsInvalid', result.error));
      return;
    }
    const teams = { ...settings.teams };
    if (result.team) teams[platform] = result.team;
    else delete teams[platform];
    if (clear) setDraft(draftFromTeam(undefined, browserZone()));
    void save({ ...settings, teams });
  };
  const rule = bundledPacks()[platform]?.reply;
  const days = DAY_NAMES(navigator.language || 'en');

  return (
    <section data-options="sla">
      <label>
        <input
          type="checkbox"
          data-setting="sla.badges"
          checked={settings.badges}
          onChange={(e) => void save({ ...settings, badges: e.currentTarget.checked })}
        />{' '}
        {t('slaOptionsBadges')}
      </label>

      <fieldset>
        <legend>{t('slaOptionsAlerts')}</legend>
        <label>
          <input
            type="checkbox"
            data-setting="sla.alerts.enabled"
            checked={alerts.enabled}
            onChange={(e) => setAlerts({ enabled: e.currentTarget.checked })}
          />{' '}
          {t('slaOptionsAlertsEnabled')}
        </label>
        <br />
        <label>
          {t('slaOptionsLead')}{' '}
          <input
            type="number"
            min="0"
            max="1440"
            data-setting="sla.alerts.leadMinutes"
            value={alerts.leadMinutes}
            onChange={(e) => setAlerts({ leadMinutes: Number(e.currentTarget.value) })}
          />
        </label>
        <br />
        <label>
          <input
            type="checkbox"
            data-setting="sla.alerts.notifyOverdue"
            checked={alerts.notifyOverdue}
            onChange={(e) => setAlerts({ notifyOverdue: e.currentTarget.checked })}
          />{' '}
          {t('slaOptionsOverdue')}
        </label>
        <br />
        <label>
          <input
            type="checkbox"
            data-setting="sla.alerts.quiet"
            checked={Boolean(alerts.quietHours)}
            onChange={(e) =>
              setAlerts({
                quietHours: e.currentTarget.checked ? { start: '22:00', end: '08:00' } : undefined,
              })
            }
          />{' '}
          {t('slaOptionsQuietOn')}
        </label>
        {alerts.quietHours ? (
          <span>
            {' '}
            {t('slaOptionsFrom')}{' '}
            <input
              type="time"
              value={alerts.quietHours.start}
              onChange={(e) =>
                setAlerts({ quietHours: { ...alerts.quietHours!, start: e.currentTarget.value } })
              }
            />{' '}
            {t('slaOptionsTo')}{' '}
            <input
              type="time"
              value={alerts.quietHours.end}
              onChange={(e) =>
                setAlerts({ quietHours: { ...alerts.quietHours!, end: e.currentTarget.value } })
              }
            />
          </span>
        ) : null}
      </fieldset>

      <fieldset data-team={platform}>
        <legend>{t('slaOptionsTeam')}</legend>
        <p>{t('slaOptionsTeamHelp')}</p>
        <select
          data-setting="sla.team.platform"
          value={platform}
          onChange={(e) => {
            const next = e.currentTarget.value as typeof platform;
            setPlatform(next);
            setDraft(draftFromTeam(settings.teams[next], browserZone()));
          }}
        >
          {PORTAL_IDS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        {rule ? <p>{t('slaOptionsPlatformRule', rule.source)}</p> : null}
        <label>
          {t('slaOptionsTarget')}{' '}
          <input
            type="number"
            min="1"
            data-setting="sla.team.minutes"
            value={draft.minutes}
            onInput={(e) => setDraft({ ...draft, minutes: e.currentTarget.value })}
          />
        </label>
        <br />
        <label>
          <input
            type="checkbox"
            data-setting="sla.team.business"
            checked={draft.business}
            onChange={(e) => setDraft({ ...draft, business: e.currentTarget.checked })}
          />{' '}
          {t('slaOptionsBusiness')}
        </label>
        {draft.business ? (
          <div>
            <label>
              {t('slaOptionsTimeZone')}{' '}
              <input
                list="rg-sla-zones"
                value={draft.timeZone}
                onInput={(e) => setDraft({ ...draft, timeZone: e.currentTarget.value })}
              />
              <datalist id="rg-sla-zones">
                {[browserZone(), ...ZONES].map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </label>{' '}
            {t('slaOptionsFrom')}{' '}
            <input
              type="time"
              value={draft.start}
              onInput={(e) => setDraft({ ...draft, start: e.currentTarget.value })}
            />{' '}
            {t('slaOptionsTo')}{' '}
            <input
              type="time"
              value={draft.end}
              onInput={(e) => setDraft({ ...draft, end: e.currentTarget.value })}
            />
            <fieldset>
              <legend>{t('slaOptionsDays')}</legend>
              {days.map((name, day) => (
                <label key={name}>
                  <input
                    type="checkbox"
                    checked={draft.days.includes(day)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        days: e.currentTarget.checked
                          ? [...draft.days, day]
                          : draft.days.filter((d) => d !== day),
                      })
                    }
                  />
                  {name}{' '}
                </label>
              ))}
            </fieldset>
          </div>
        ) : null}
        <p>
          <button type="button" data-action="sla-save-team" onClick={() => saveTeam(false)}>
            {t('slaOptionsSave')}
          </button>{' '}
          <button type="button" data-action="sla-clear-team" onClick={() => saveTeam(true)}>
            {t('slaOptionsClear')}
          </button>
        </p>
      </fieldset>
      <p role="status" data-status="">
        {status}
      </p>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          {t('slaOptionsDashboard')}
        </a>
      </p>
    </section>
  );
}
