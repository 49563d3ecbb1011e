import { useEffect, useMemo, useState } from 'preact/hooks';
import { listResponses } from '@/lib/background/sla-history';
import { t } from '@/lib/i18n';
import { platformTimeZone, portalOf } from '@/lib/portals/registry';
import type { ResponseRecord } from '@/lib/sla/history';
import { dailyRates, histogram, responsesCsv, rollingRate } from '@/lib/sla/stats';
import { localDay } from '@/lib/sla/zone';
import { openReplyGuardDB } from '@/lib/storage/db';
import { DailyShares } from './DailyShares';
import { Histogram } from './Histogram';

/** The rolling rate shown for platforms that set no target of their own (portal `responseRate`). */
const DEFAULT_ROLLING: { days: number; target?: number } = { days: 14 };
const HISTORY_DAYS = 90;

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 1000) / 10}%`);
/** Records carry their day in the platform's zone (Beijing for Pinduoduo), so "today" is asked per zone. */
const today = (timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone) => localDay(Date.now(), timeZone);
const daysAgo = (n: number) => localDay(Date.now() - n * 86_400_000, 'UTC');
/** No record is dated after today in the zone furthest ahead of UTC. */
const LATEST_ZONE = 'Pacific/Kiritimati';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The reply-time dashboard: distribution, daily share per platform, rolling rates, CSV export. */
export function Dashboard({ load }: { load?: () => Promise<ResponseRecord[]> }) {
  const [records, setRecords] = useState<ResponseRecord[] | undefined>();
  const [platform, setPlatform] = useState('');
  useEffect(() => {
    const loader =
      load ??
      (async () => listResponses(await openReplyGuardDB(), daysAgo(HISTORY_DAYS + 1), today(LATEST_ZONE)));
    void loader().then(setRecords, () => setRecords([]));
  }, [load]);

  const shown = useMemo(
    () => (records ?? []).filter((r) => !platform || r.platform === platform),
    [records, platform],
  );
  if (!records) return null;
  const platforms = [...new Set(records.map((r) => r.platform))].sort();
  const daily = dailyRates(shown);
  const exempt = shown.filter((r) => r.withinDeadline === null).length;

  return (
    <div class="rg-dashboard">
      <header>
        <h1>{t('slaDashTitle')}</h1>
        <label>
          {t('slaDashPlatform')}{' '}
          <select
            data-filter="platform"
            value={platform}
            onChange={(e) => setPlatform(e.currentTarget.value)}
          >
            <option value="">{t('slaDashAllPlatforms')}</option>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>{' '}
        <button
          type="button"
          data-action="export-csv"
          disabled={!shown.length}
          onClick={() => download(`replyguard-responses-${today()}.csv`, responsesCsv(shown))}
        >
          {t('slaDashExport')}
        </button>
      </header>
      {!shown.length ? (
        <p data-empty="">{t('slaDashEmpty')}</p>
      ) : (
        <>
          <section>
            <h2>{t('slaDashHistogram')}</h2>
            <p>
              {t('slaDashResponses', shown.length)}
              {exempt ? ` · ${t('slaDashNotCounted', exempt)}` : ''}
            </p>
            <Histogram counts={histogram(shown)} title={t('slaDashHistogram')} />
          </section>
          {(platform ? [platform] : platforms).map((p) => {
            const rule = portalOf(p)?.responseRate ?? DEFAULT_ROLLING;
            const rolling = rollingRate(records, p, today(platformTimeZone(p)), rule.days);
            return (
              <section key={p} data-platform={p}>
                <h2>
                  {p} · {t('slaDashDaily')}
                </h2>
                <p data-rolling={rolling.share ?? ''}>
                  {t('slaDashRolling', rule.days, pct(rolling.share), rolling.within, rolling.counted)}
                  {rule.target !== undefined ? ` · ${t('slaDashTarget', pct(rule.target))}` : ''}
                  {rule.target !== undefined && rolling.share !== null && rolling.share < rule.target ? (
                    <strong style={{ color: '#d93025' }}> · {t('slaDashBelowTarget')}</strong>
                  ) : null}
                </p>
                <DailyShares
                  days={daily.filter((d) => d.platform === p)}
                  target={rule.target}
                  title={`${p} · ${t('slaDashDaily')}`}
                />
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
