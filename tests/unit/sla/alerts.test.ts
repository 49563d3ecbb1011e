import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  handleAlarm,
  handleReport,
  NOTIFY_LIMIT,
  resetAlertRate,
  SLA_ALARM,
} from '@/lib/background/sla-alerts';
import { listResponses, pruneResponses } from '@/lib/background/sla-history';
import { alarmName, alertTimes, inQuietHours, mergeWaits, parseAlarmName } from '@/lib/sla/alerts-plan';
import { SlaSettingsSchema } from '@/lib/sla/settings';
import { openReplyGuardDB } from '@/lib/storage/db';
import { slaSettings, slaWaits } from '@/lib/storage/items';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const alerts = SlaSettingsSchema.parse({}).alerts;

describe('alert planning (pure)', () => {
  it('round-trips alarm names, also with separators in ids', () => {
    const name = alarmName(7, 'shopee', 'a|b c', 'due');
    expect(parseAlarmName(name)).toEqual({ tabId: 7, platform: 'shopee', id: 'a|b c', kind: 'due' });
    expect(parseAlarmName('other-alarm')).toBeNull();
  });

  it('plans a lead alert and an overdue alert, skipping sent and disabled ones', () => {
    const deadline = NOW + 3_600_000;
    const receivedAt = NOW;
    expect(alertTimes({ receivedAt, deadline, notified: [] }, alerts)).toEqual([
      { kind: 'due', when: deadline - 5 * 60_000 },
      { kind: 'overdue', when: deadline + 1000 },
    ]);
    expect(alertTimes({ receivedAt, deadline, notified: ['due'] }, alerts)).toEqual([
      { kind: 'overdue', when: deadline + 1000 },
    ]);
    expect(alertTimes({ receivedAt, deadline, notified: [] }, { ...alerts, leadMinutes: 0 })).toHaveLength(1);
    expect(alertTimes({ receivedAt, deadline, notified: [] }, { ...alerts, enabled: false })).toEqual([]);
  });

  it('does not alert before halfway on short deadlines', () => {
    // Pinduoduo: 3 minutes, lead 5 minutes: the due alert comes 90 s after receipt.
    expect(alertTimes({ receivedAt: NOW, deadline: NOW + 180_000, notified: [] }, alerts)[0]).toEqual({
      kind: 'due',
      when: NOW + 90_000,
    });
  });

  it('knows quiet hours, also across midnight', () => {
    const quiet = { ...alerts, quietHours: { start: '22:00', end: '07:00' } };
    expect(inQuietHours(quiet, Date.parse('2026-11-23T23:30:00+08:00'), 'Asia/Shanghai')).toBe(true);
    expect(inQuietHours(quiet, Date.parse('2026-11-23T06:59:00+08:00'), 'Asia/Shanghai')).toBe(true);
    expect(inQuietHours(quiet, Date.parse('2026-11-23T07:00:00+08:00'), 'Asia/Shanghai')).toBe(false);
    expect(inQuietHours(alerts, NOW, 'UTC')).toBe(false);
  });

  it('keeps notified marks while the deadline holds, drops exempt waits', () => {
    const prev = mergeWaits([], 1, 'walmart', [{ id: 'a', receivedAt: 0, deadline: 100, state: 'ok' }]);
    prev[0]!.notified.push('due');
    const next = mergeWaits(prev, 1, 'walmart', [
      { id: 'a', receivedAt: 0, deadline: 100, state: 'due-soon' },
      { id: 'b', receivedAt: 0, deadline: null, state: 'exempt' },
    ]);
    expect(next).toEqual([expect.objectContaining({ id: 'a', notified: ['due'] })]);
    expect(
      mergeWaits(prev, 1, 'walmart', [{ id: 'a', receivedAt: 50, deadline: 150, state: 'ok' }])[0]!.notified,
    ).toEqual([]);
  });
});

describe('background alerts and history', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    resetAlertRate();
    const db = await openReplyGuardDB();
    await db.clear('responses');
  });

  const report = (
    waiting: Array<{ id: string; deadline: number | null }>,
    answered: Array<{ id: string; receivedAt: number; answeredAt: number; deadline: number | null }> = [],
  ) => ({
    platform: 'walmart' as const,
    timeZone: 'America/New_York',
    waiting: waiting.map((w) => ({
      ...w,
      buyer: `Buyer ${w.id}`,
      receivedAt: NOW - 1000,
      state: 'ok' as const,
    })),
    answered,
  });

  it('plans one alarm for the next alert and clears it when the conversation is answered', async () => {
    await handleReport(3, report([{ id: 'a', deadline: NOW + 3_600_000 }]), NOW);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([[SLA_ALARM, NOW + 3_600_000 - 5 * 60_000]]);
    await handleReport(
      3,
      report([], [{ id: 'a', receivedAt: NOW - 1000, answeredAt: NOW + 60_000, deadline: NOW + 3_600_000 }]),
      NOW + 60_000,
    );
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    const stored = await listResponses(await openReplyGuardDB(), '2026-11-01', '2026-11-30');
    expect(stored).toEqual([
      expect.objectContaining({
        key: `walmart:a:${NOW - 1000}`,
        day: '2026-11-23',
        seconds: 61,
        withinDeadline: true,
      }),
    ]);
  });

  it('notifies when an alarm fires, once, and not in quiet hours', async () => {
    await handleReport(4, report([{ id: 'b', deadline: NOW + 600_000 }]), NOW);
    await handleAlarm(SLA_ALARM, NOW + 300_000);
    await handleAlarm(SLA_ALARM, NOW + 300_500);
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([alarmName(4, 'walmart', 'b', 'due')]);
    expect(JSON.stringify(shown)).toContain('Buyer b');

    await fakeBrowser.storage.local.set({
      [slaSettings.key]: {
        alerts: {
          enabled: true,
          leadMinutes: 5,
          notifyOverdue: true,
          quietHours: { start: '00:00', end: '23:59' },
        },
      },
    });
    await handleAlarm(SLA_ALARM, NOW + 601_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    const waits = (await fakeBrowser.storage.local.get(slaWaits.key))[slaWaits.key] as Record<
      string,
      { notified: string[] }
    >;
    expect(Object.values(waits)[0]!.notified).toEqual(['due', 'overdue']);
  });

  it('notifies at once for a wait reported just past its deadline, silently marks long-past ones', async () => {
    await handleReport(
      5,
      report([
        { id: 'c', deadline: NOW - 10_000 },
        { id: 'd', deadline: NOW - 86_400_000 },
      ]),
      NOW,
    );
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([
      alarmName(5, 'walmart', 'c', 'overdue'),
    ]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('keeps one alarm however many conversations wait (Chrome allows 500), and logs a failure to set it', async () => {
    const many = Array.from({ length: 800 }, (_, i) => ({
      id: `w${i}`,
      deadline: NOW + 3_600_000 + i * 60_000,
    }));
    await handleReport(8, report(many), NOW);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([SLA_ALARM]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValueOnce(new Error('too many alarms'));
    await handleReport(8, report(many.slice(1)), NOW + 1000);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/alarm could not be set/), expect.any(Error));
  });

  it('shows at most a few notifications a minute, then one summary of the rest', async () => {
    const late = Array.from({ length: 10 }, (_, i) => ({ id: `late${i}`, deadline: NOW - 5000 - i }));
    await handleReport(9, report(late), NOW);
    const ids = Object.keys(await fakeBrowser.notifications.getAll());
    expect(ids.filter((id) => id !== 'sla-summary')).toHaveLength(NOTIFY_LIMIT.count);
    expect(ids).toContain('sla-summary');
    expect(JSON.stringify(await fakeBrowser.notifications.getAll())).toContain(
      `${10 - NOTIFY_LIMIT.count} more`,
    );
  });

  it('prunes records received before a day', async () => {
    await handleReport(
      6,
      report([], [{ id: 'old', receivedAt: NOW - 1000, answeredAt: NOW, deadline: null }]),
      NOW,
    );
    const db = await openReplyGuardDB();
    expect(await pruneResponses(db, '2026-11-23')).toBe(0);
    expect(await pruneResponses(db, '2026-11-24')).toBe(1);
    expect(await listResponses(db, '2000-01-01', '2100-01-01')).toEqual([]);
  });
});
