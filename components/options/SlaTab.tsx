import { useEffect, useState } from 'preact/hooks';
import { draftFromTeam, type TeamDraft, teamFromDraft } from '@/components/sla/team-draft';
import { t } from '@/lib/i18n';
import type { PortalId } from '@/lib/platforms';
import { bundledPacks } from '@/lib/rules/bundled';
import { portalsInOrder } from '@/lib/settings/portals';
import { type SlaSettings, SlaSettingsSchema } from '@/lib/sla/settings';
import { settings as agentSettings, slaSettings } from '@/lib/storage/items';
import { Check, Field } from './Field';

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
  const [order, setOrder] = useState<PortalId[]>(() => portalsInOrder([]));
  const [platform, setPlatform] = useState<PortalId>(order[0]!);
  const [draft, setDraft] = useState<TeamDraft>(() => draftFromTeam(undefined, browserZone()));

  useEffect(() => {
    void Promise.all([slaSettings.get(), agentSettings.get()]).then(([loaded, agent]) => {
      // The portals the agent works on come first; the team form opens on the first of them.
      const portals = portalsInOrder(agent.portals);
      setOrder(portals);
      setPlatform(portals[0]!);
      setSettings(loaded);
      setDraft(draftFromTeam(loaded.teams[portals[0]!], browserZone()));
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
      <Check
        data-setting="sla.badges"
        checked={settings.badges}
        onChange={(badges) => void save({ ...settings, badges })}
        label={t('slaOptionsBadges')}
      />

      <fieldset>
        <legend>{t('slaOptionsAlerts')}</legend>
        <Check
          data-setting="sla.alerts.enabled"
          checked={alerts.enabled}
          onChange={(enabled) => setAlerts({ enabled })}
          label={t('slaOptionsAlertsEnabled')}
        />
        <Field label={t('slaOptionsLead')}>
          <input
            type="number"
            min="0"
            max="1440"
            data-setting="sla.alerts.leadMinutes"
            value={alerts.leadMinutes}
            onChange={(e) => setAlerts({ leadMinutes: Number(e.currentTarget.value) })}
          />
        </Field>
        <Check
          data-setting="sla.alerts.notifyOverdue"
          checked={alerts.notifyOverdue}
          onChange={(notifyOverdue) => setAlerts({ notifyOverdue })}
          label={t('slaOptionsOverdue')}
        />
        <Check
          data-setting="sla.alerts.quiet"
          checked={Boolean(alerts.quietHours)}
          onChange={(on) => setAlerts({ quietHours: on ? { start: '22:00', end: '08:00' } : undefined })}
          label={t('slaOptionsQuietOn')}
        />
        {alerts.quietHours ? (
          <div class="rg-row">
            <Field label={t('slaOptionsFrom')}>
              <input
                type="time"
                data-setting="sla.alerts.quiet.start"
                value={alerts.quietHours.start}
                onChange={(e) =>
                  setAlerts({ quietHours: { ...alerts.quietHours!, start: e.currentTarget.value } })
                }
              />
            </Field>
            <Field label={t('slaOptionsTo')}>
              <input
                type="time"
                data-setting="sla.alerts.quiet.end"
                value={alerts.quietHours.end}
                onChange={(e) =>
                  setAlerts({ quietHours: { ...alerts.quietHours!, end: e.currentTarget.value } })
                }
              />
            </Field>
          </div>
        ) : null}
      </fieldset>

      <fieldset data-team={platform}>
        <legend>{t('slaOptionsTeam')}</legend>
        <p class="rg-hint">{t('slaOptionsTeamHelp')}</p>
        <Field label={t('slaDashPlatform')}>
          <select
            data-setting="sla.team.platform"
            value={platform}
            onChange={(e) => {
              const next = e.currentTarget.value as typeof platform;
              setPlatform(next);
              setDraft(draftFromTeam(settings.teams[next], browserZone()));
            }}
          >
            {order.map((p) => (
              <option key={p} value={p}>
                {bundledPacks()[p]?.name ?? p}
              </option>
            ))}
          </select>
        </Field>
        {rule ? <p class="rg-hint">{t('slaOptionsPlatformRule', rule.source)}</p> : null}
        <Field label={t('slaOptionsTarget')}>
          <input
            type="number"
            min="1"
            data-setting="sla.team.minutes"
            value={draft.minutes}
            onInput={(e) => setDraft({ ...draft, minutes: e.currentTarget.value })}
          />
        </Field>
        <Check
          data-setting="sla.team.business"
          checked={draft.business}
          onChange={(business) => setDraft({ ...draft, business })}
          label={t('slaOptionsBusiness')}
        />
        {draft.business ? (
          <>
            <Field label={t('slaOptionsTimeZone')}>
              <input
                list="rg-sla-zones"
                data-setting="sla.team.timeZone"
                value={draft.timeZone}
                onInput={(e) => setDraft({ ...draft, timeZone: e.currentTarget.value })}
              />
            </Field>
            <datalist id="rg-sla-zones">
              {[browserZone(), ...ZONES].map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            <div class="rg-row">
              <Field label={t('slaOptionsFrom')}>
                <input
                  type="time"
                  data-setting="sla.team.start"
                  value={draft.start}
                  onInput={(e) => setDraft({ ...draft, start: e.currentTarget.value })}
                />
              </Field>
              <Field label={t('slaOptionsTo')}>
                <input
                  type="time"
                  data-setting="sla.team.end"
                  value={draft.end}
                  onInput={(e) => setDraft({ ...draft, end: e.currentTarget.value })}
                />
              </Field>
            </div>
            <fieldset class="rg-days">
              <legend>{t('slaOptionsDays')}</legend>
              {days.map((name, day) => (
                <Check
                  key={name}
                  checked={draft.days.includes(day)}
                  onChange={(on) =>
                    setDraft({
                      ...draft,
                      days: on ? [...draft.days, day] : draft.days.filter((d) => d !== day),
                    })
                  }
                  label={name}
                />
              ))}
            </fieldset>
          </>
        ) : null}
        <p class="rg-actions">
          <button type="button" data-action="sla-save-team" onClick={() => saveTeam(false)}>
            {t('slaOptionsSave')}
          </button>
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
