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

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

async function schedule(wait: TrackedWait, settings: SlaSettings, now: number): Promise<void> {
  for (const kind of ['due', 'overdue'] as const)
    await browser.alarms.clear(alarmName(wait.tabId, wait.platform, wait.id, kind));
  for (const { kind, when } of alertTimes(wait, settings.alerts)) {
    const name = alarmName(wait.tabId, wait.platform, wait.id, kind);
    if (when > now) browser.alarms.create(name, { when });
    else if (now - when > STALE_MS)
      wait.notified.push(kind); // long past: no burst of old alerts
    else if (kind === 'overdue' || wait.deadline > now) await notify(wait, kind, settings, now);
  }
}

async function notify(wait: TrackedWait, kind: AlertKind, settings: SlaSettings, now: number): Promise<void> {
  if (!wait.notified.includes(kind)) wait.notified.push(kind);
  if (!settings.alerts.enabled || inQuietHours(settings.alerts, now, browserZone())) return;
  setUiLocale((await stored.settings.get()).uiLocale);
  const who = wait.buyer || wait.id;
  const left = formatCountdown(Math.max(0, Math.floor((wait.deadline - now) / 1000)));
  await browser.notifications.create(alarmName(wait.tabId, wait.platform, wait.id, kind), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(kind === 'overdue' ? 'slaNotifyOverdueTitle' : 'slaNotifyDueTitle'),
    message: kind === 'overdue' ? t('slaNotifyOverdueBody', who) : t('slaNotifyDueBody', who, left),
  });
}

/** Handles one tab's report: records answered conversations, re-plans the alarms of its waits. */
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
    const next = mergeWaits(mine, tabId, report.platform, report.waiting);
    const keep = new Set(next.map((w) => waitKey(tabId, w.platform, w.id)));
    for (const old of mine) {
      const key = waitKey(tabId, old.platform, old.id);
      if (keep.has(key)) continue;
      delete waits[key];
      for (const kind of ['due', 'overdue'] as const) {
        await browser.alarms.clear(alarmName(tabId, old.platform, old.id, kind));
      }
    }
    for (const wait of next) {
      const key = waitKey(tabId, wait.platform, wait.id);
      const before = waits[key];
      waits[key] = wait;
      if (!before || before.deadline !== wait.deadline) await schedule(wait, settings, now);
    }
    await stored.slaWaits.set(waits);
  });
}

/** Fires a planned alert if its wait is still open. */
export async function handleAlarm(name: string, now = Date.now()): Promise<void> {
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  await serial(async () => {
    const waits = await stored.slaWaits.get();
    const wait = waits[waitKey(parsed.tabId, parsed.platform, parsed.id)];
    if (!wait || wait.notified.includes(parsed.kind)) return;
    await notify(wait, parsed.kind, await stored.slaSettings.get(), now);
    await stored.slaWaits.set(waits);
  });
}

async function forgetTab(tabId: number): Promise<void> {
  await serial(async () => {
    const waits = await stored.slaWaits.get();
    for (const [key, wait] of Object.entries(waits)) {
      if (wait.tabId !== tabId) continue;
      delete waits[key];
      for (const kind of ['due', 'overdue'] as const)
        await browser.alarms.clear(alarmName(tabId, wait.platform, wait.id, kind));
    }
    await stored.slaWaits.set(waits);
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
