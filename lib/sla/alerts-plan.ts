import { z } from 'zod';
import type { WaitingReport } from '@/lib/messaging/sla';
import type { SlaSettings } from './settings';
import { localParts } from './zone';

const AlertKindSchema = z.enum(['due', 'overdue']);
export type AlertKind = z.infer<typeof AlertKindSchema>;

/** What the background remembers of one waiting conversation (per tab). */
export const TrackedWaitSchema = z.object({
  tabId: z.number().int(),
  platform: z.string(),
  id: z.string(),
  buyer: z.string().optional(),
  receivedAt: z.number(),
  deadline: z.number(),
  notified: z.array(AlertKindSchema),
});
export type TrackedWait = z.infer<typeof TrackedWaitSchema>;

/** Alarm and notification names carry everything needed to find the entry again. */
export function alarmName(tabId: number, platform: string, id: string, kind: AlertKind): string {
  return ['sla', tabId, platform, encodeURIComponent(id), kind].join('|');
}

export function parseAlarmName(
  name: string,
): { tabId: number; platform: string; id: string; kind: AlertKind } | null {
  const [prefix, tab, platform, id, kind] = name.split('|');
  if (prefix !== 'sla' || !tab || !platform || id === undefined || (kind !== 'due' && kind !== 'overdue')) {
    return null;
  }
  try {
    return { tabId: Number(tab), platform, id: decodeURIComponent(id), kind };
  } catch {
    return null;
  }
}

export function waitKey(tabId: number, platform: string, id: string): string {
  return `${tabId}|${platform}|${id}`;
}

/**
 * When each alert of a wait should fire (epoch ms): `due` at the lead time before the deadline (but not
 * before halfway), `overdue` just after it; already-sent alerts and disabled kinds are left out.
 */
export function alertTimes(
  wait: Pick<TrackedWait, 'receivedAt' | 'deadline' | 'notified'>,
  alerts: SlaSettings['alerts'],
): Array<{ kind: AlertKind; when: number }> {
  if (!alerts.enabled) return [];
  const times: Array<{ kind: AlertKind; when: number }> = [];
  if (alerts.leadMinutes > 0 && !wait.notified.includes('due') && !wait.notified.includes('overdue')) {
    // Never before half the time has passed: a lead longer than a short deadline (Pinduoduo's 3 min)
    // would otherwise alert the moment a message arrives.
    const halfway = wait.receivedAt + (wait.deadline - wait.receivedAt) / 2;
    times.push({
      kind: 'due',
      when: Math.max(wait.deadline - alerts.leadMinutes * 60_000, Math.round(halfway)),
    });
  }
  if (alerts.notifyOverdue && !wait.notified.includes('overdue')) {
    // One second after the deadline: overdue is strictly after it.
    times.push({ kind: 'overdue', when: wait.deadline + 1000 });
  }
  return times;
}

/** True inside the quiet hours (browser's local time); start after end spans midnight. */
export function inQuietHours(alerts: SlaSettings['alerts'], now: number, timeZone: string): boolean {
  const quiet = alerts.quietHours;
  if (!quiet) return false;
  const p = localParts(now, timeZone);
  const minute = p.hour * 60 + p.minute;
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * Merges a tab's new report into what was tracked (pure): entries keep their `notified` marks while
 * their deadline stays the same; exempt conversations are not tracked; missing ones are dropped.
 */
export function mergeWaits(
  previous: readonly TrackedWait[],
  tabId: number,
  platform: string,
  waiting: readonly WaitingReport[],
): TrackedWait[] {
  const known = new Map(previous.map((w) => [w.id, w]));
  const next: TrackedWait[] = [];
  for (const w of waiting) {
    if (w.deadline === null) continue;
    const old = known.get(w.id);
    next.push({
      tabId,
      platform,
      id: w.id,
      buyer: w.buyer,
      receivedAt: w.receivedAt,
      deadline: w.deadline,
      notified: old && old.deadline === w.deadline ? old.notified : [],
    });
  }
  return next;
}
