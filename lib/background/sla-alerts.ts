import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { setUiLocale, t } from '@/lib/i18n';
import type { MessageRouter } from '@/lib/messaging/define';
import { SlaReport } from '@/lib/messaging/sla';
import { serialQueue } from '@/lib/serial-queue';
import {
  type AlertKind,
  alarmName,
  alertTimes,
  inQuietHours,
  mergeWaits,
  parseAlarmName,
  type TrackedWait,
  waitKey,
} from '@/lib/sla/alerts-plan';
import { formatCountdown } from '@/lib/sla/format';
import type { SlaSettings } from '@/lib/sla/settings';
import { openReplyGuardDB } from '@/lib/storage/db';
import * as stored from '@/lib/storage/items';
import { pruneResponses, recordResponses } from './sla-history';

// Reports and alarms run one at a time so read-modify-write of the waits never interleaves.
const serial = serialQueue();

/** Alerts whose time passed longer ago than this when first planned are not shown. */
const STALE_MS = 3_600_000;

/**
 * The one alarm of every SLA alert: it fires at the earliest alert due and is planned again after each
 * report and each firing. Chrome keeps at most 500 active alarms per extension (and fails or drops the
 * rest); one alarm stays far under it however many conversations wait.
 */
export const SLA_ALARM = 'sla-next';

/** At most this many notifications a minute; past it one summary says how many more are waiting. */
export const NOTIFY_LIMIT = { count: 4, windowMs: 60_000 } as const;
const SUMMARY_ID = 'sla-summary';
const shown: number[] = [];
let held = 0;

/** Forgets the notifications of the last minute (a test's fresh start). */
export function resetAlertRate(): void {
  shown.length = 0;
  held = 0;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Shows an alert's notification, or counts it in the summary when the last minute had enough. */
async function show(id: string, title: string, message: string, now: number): Promise<void> {
  while (shown.length && now - shown[0]! >= NOTIFY_LIMIT.windowMs) shown.shift();
  const base = { type: 'basic' as const, iconUrl: browser.runtime.getURL('/icon/128.png'), title };
  if (shown.length >= NOTIFY_LIMIT.count) {
    held++;
    await browser.notifications.create(SUMMARY_ID, { ...base, message: t('slaNotifyMoreBody', held) });
    return;
  }
  shown.push(now);
  held = 0;
  await browser.notifications.create(id, { ...base, message });
}

async function notify(wait: TrackedWait, kind: AlertKind, settings: SlaSettings, now: number): Promise<void> {
  if (!wait.notified.includes(kind)) wait.notified.push(kind);
  if (!settings.alerts.enabled || inQuietHours(settings.alerts, now, browserZone())) return;
  setUiLocale((await stored.settings.get()).uiLocale);
  const who = wait.buyer || wait.id;
  const left = formatCountdown(Math.max(0, Math.floor((wait.deadline - now) / 1000)));
  await show(
    alarmName(wait.tabId, wait.platform, wait.id, kind),
    t(kind === 'overdue' ? 'slaNotifyOverdueTitle' : 'slaNotifyDueTitle'),
    kind === 'overdue' ? t('slaNotifyOverdueBody', who) : t('slaNotifyDueBody', who, left),
    now,
  );
}

/** Shows the alerts of a wait that are due by `now` (long-past ones only marked, no burst of old alerts). */
async function alertDue(
  wait: TrackedWait,
  settings: SlaSettings,
  now: number,
  fresh: boolean,
): Promise<void> {
  for (const { kind, when } of alertTimes(wait, settings.alerts)) {
    if (when > now) continue;
    // "Due soon" after the deadline says nothing; nor does an alert long past when first heard of.
    const moot = kind === 'due' && wait.deadline <= now;
    if (moot || (fresh && now - when > STALE_MS)) wait.notified.push(kind);
    else await notify(wait, kind, settings, now);
  }
}

/** Sets the one alarm to the earliest alert still to come (or clears it); a failure is logged. */
async function plan(waits: Record<string, TrackedWait>, settings: SlaSettings, now: number): Promise<void> {
  let next = Number.POSITIVE_INFINITY;
  for (const wait of Object.values(waits))
    for (const { when } of alertTimes(wait, settings.alerts)) if (when > now && when < next) next = when;
  try {
    if (next === Number.POSITIVE_INFINITY) await browser.alarms.clear(SLA_ALARM);
    else await browser.alarms.create(SLA_ALARM, { when: next });
  } catch (error) {
    console.warn(
      '[ReplyGuard] the reply-deadline alarm could not be set; alerts wait for the next report',
      error,
    );
  }
}

/** Handles one tab's report: records answered conversations, alerts what is due, plans the alarm. */
export async function handleReport(
  tabId: number,
  report: z.output<typeof SlaReport.request>,
  now = Date.now(),
): Promise<void> {
  if (report.answered.length) {
    await recordResponses(await openReplyGuardDB(), report.platform, report.timeZone, report.answered);
  }
  await serial(async () => {
    const settings = await stored.slaSettings.get();
    const waits = await stored.slaWaits.get();
    const mine = Object.values(waits).filter((w) => w.tabId === tabId && w.platform === report.platform);
    for (const old of mine) delete waits[waitKey(tabId, old.platform, old.id)];
    for (const wait of mergeWaits(mine, tabId, report.platform, report.waiting)) {
      const before = mine.find((old) => old.id === wait.id);
      waits[waitKey(tabId, wait.platform, wait.id)] = wait;
      if (!before || before.deadline !== wait.deadline) await alertDue(wait, settings, now, true);
    }
    await stored.slaWaits.set(waits);
    await plan(waits, settings, now);
  });
}

/** The alarm fired: shows every alert due by now, then plans the next. */
export async function handleAlarm(name: string, now = Date.now()): Promise<void> {
  // Alarms named per wait (before one alarm served them all) are swept the same way.
  if (name !== SLA_ALARM && !parseAlarmName(name)) return;
  await serial(async () => {
    const settings = await stored.slaSettings.get();
    const waits = await stored.slaWaits.get();
    for (const wait of Object.values(waits)) await alertDue(wait, settings, now, false);
    await stored.slaWaits.set(waits);
    await plan(waits, settings, now);
  });
}

async function forgetTab(tabId: number): Promise<void> {
  await serial(async () => {
    const waits = await stored.slaWaits.get();
    for (const [key, wait] of Object.entries(waits)) if (wait.tabId === tabId) delete waits[key];
    await stored.slaWaits.set(waits);
    await plan(waits, await stored.slaSettings.get(), Date.now());
  });
}

/** First responses older than this are dropped when the background starts. */
const KEEP_HISTORY_DAYS = 400;

/** Wires SLA reports, alarms, notification clicks (focus the tab) and tab closing. */
export function registerSla(router: MessageRouter): void {
  const cutoff = new Date(Date.now() - KEEP_HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);
  void openReplyGuardDB()
    .then((db) => pruneResponses(db, cutoff))
    .catch(() => undefined);
  router.on(SlaReport, async (report, from) => {
    if (from.kind !== 'content') return { ok: true as const };
    // A tab reports its own platform's waits only.
    if (report.platform !== from.platform)
      throw new Error(`a ${from.platform} page cannot report ${report.platform}`);
    await handleReport(from.tabId, report);
    return { ok: true as const };
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleAlarm(alarm.name);
  });
  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseAlarmName(id);
    if (!parsed) return;
    void browser.tabs
      .update(parsed.tabId, { active: true })
      .then((tab) =>
        tab?.windowId !== undefined ? browser.windows.update(tab.windowId, { focused: true }) : undefined,
      )
      .catch(() => undefined);
    void browser.notifications.clear(id);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
}
