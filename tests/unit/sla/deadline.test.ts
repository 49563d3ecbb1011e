import { describe, expect, it } from 'vitest';
import { bundledPacks } from '@/lib/rules/bundled';
import { replyDeadline, slaStatus, slaStatusJson } from '@/lib/sla/deadline';
import { isWithinHours } from '@/lib/sla/hours';
import { type ReplyPolicy, ReplyPolicySchema } from '@/lib/sla/policy-schema';

const pdd = bundledPacks().pinduoduo!.reply!;
const walmart = bundledPacks().walmart!.reply!;
const t = (s: string) => Date.parse(s);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function policy(extra: Partial<ReplyPolicy>): ReplyPolicy {
  return ReplyPolicySchema.parse({
    replyWithinMinutes: 60,
    clock: 'calendar',
    dueSoon: { minutes: 10 },
    source: 'test',
    ...extra,
  });
}

const nyWeekdays = {
  timeZone: 'America/New_York',
  windows: [{ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] }],
};

describe('Pinduoduo: 3 minutes, counted 08:00-23:00 Beijing time', () => {
  it('exempts messages before 08:00 and from 23:00', () => {
    for (const received of [
      '2026-11-23T07:59:59+08:00',
      '2026-11-23T23:00:00+08:00',
      '2026-11-24T03:00:00+08:00',
    ]) {
      expect(slaStatus(pdd, t(received), t(received))).toEqual({
        deadline: null,
        remainingSeconds: null,
        state: 'exempt',
      });
    }
  });

  it('counts messages from 08:00:00 and up to 22:59:59', () => {
    const first = slaStatus(pdd, t('2026-11-23T08:00:00+08:00'), t('2026-11-23T08:00:00+08:00'));
    expect(slaStatusJson(first)).toEqual({
      deadline: '2026-11-23T00:03:00.000Z',
      remainingSeconds: 180,
      state: 'ok',
    });
    const last = slaStatus(pdd, t('2026-11-23T22:59:59+08:00'), t('2026-11-23T23:01:00+08:00'));
    expect(slaStatusJson(last)).toEqual({
      deadline: '2026-11-23T15:02:59.000Z',
      remainingSeconds: 119,
      state: 'ok',
    });
  });

  it('turns due-soon one minute before, overdue strictly after, with floored seconds', () => {
    const received = t('2026-11-23T10:00:00+08:00');
    const at = (now: string) => slaStatus(pdd, received, t(now));
    expect(at('2026-11-23T10:01:59+08:00')).toMatchObject({ remainingSeconds: 61, state: 'ok' });
    expect(at('2026-11-23T10:02:00+08:00')).toMatchObject({ remainingSeconds: 60, state: 'due-soon' });
    expect(at('2026-11-23T10:02:00.500+08:00')).toMatchObject({ remainingSeconds: 59, state: 'due-soon' });
    expect(at('2026-11-23T10:03:00+08:00')).toMatchObject({ remainingSeconds: 0, state: 'due-soon' });
    expect(at('2026-11-23T10:03:00.001+08:00')).toMatchObject({ remainingSeconds: -1, state: 'overdue' });
    expect(at('2026-11-23T10:05:00+08:00')).toMatchObject({ remainingSeconds: -120, state: 'overdue' });
  });
});

describe('Walmart: 48 calendar hours, weekends included', () => {
  it('runs through the weekend', () => {
    // Friday 23:30 in New York.
    const received = t('2026-11-20T23:30:00-05:00');
    const status = slaStatus(walmart, received, t('2026-11-22T12:00:00-05:00'));
    expect(iso(status.deadline!.getTime())).toBe('2026-11-23T04:30:00.000Z');
    expect(status.remainingSeconds).toBe(11.5 * 3600);
    expect(status.state).toBe('ok');
    expect(slaStatus(walmart, received, t('2026-11-22T20:30:00-05:00')).state).toBe('due-soon');
  });

  it('counts 48 real hours across the spring-forward night', () => {
    const received = t('2026-03-07T12:00:00-05:00');
    expect(iso(replyDeadline(walmart, received))).toBe('2026-03-09T17:00:00.000Z'); // 13:00 EDT
  });
});

describe('business clock', () => {
  const business = policy({ replyWithinMinutes: 480, clock: 'business', businessHours: nyWeekdays });

  it('continues on the next business day, across a weekend and DST', () => {
    // Friday 16:00 EST: 1 h on Friday, 7 h on Monday 9 March (now EDT).
    expect(iso(replyDeadline(business, t('2026-03-06T16:00:00-05:00')))).toBe('2026-03-09T20:00:00.000Z');
  });

  it('starts at the next window when received outside the windows', () => {
    expect(iso(replyDeadline(business, t('2026-11-21T10:00:00-05:00')))).toBe('2026-11-23T22:00:00.000Z');
    expect(iso(replyDeadline(business, t('2026-11-23T08:59:59-05:00')))).toBe('2026-11-23T22:00:00.000Z');
  });

  it('ends exactly at a window end when the duration fits', () => {
    expect(iso(replyDeadline(business, t('2026-11-23T09:00:00-05:00')))).toBe('2026-11-23T22:00:00.000Z');
  });

  it('counts a 23-hour Sunday on spring forward', () => {
    const sundays = policy({
      replyWithinMinutes: 1440,
      clock: 'business',
      businessHours: { timeZone: 'America/New_York', windows: [{ start: '00:00', end: '24:00', days: [0] }] },
    });
    // 23 h on 8 March, the last hour on Sunday 15 March (EDT).
    expect(iso(replyDeadline(sundays, t('2026-03-08T00:00:00-05:00')))).toBe('2026-03-15T05:00:00.000Z');
  });

  it('counts a 3-hour 01:00-03:00 window on fall back', () => {
    const night = policy({
      replyWithinMinutes: 150,
      clock: 'business',
      businessHours: { timeZone: 'America/New_York', windows: [{ start: '01:00', end: '03:00' }] },
    });
    expect(iso(replyDeadline(night, t('2026-11-01T00:30:00-04:00')))).toBe('2026-11-01T07:30:00.000Z');
  });

  it('handles windows ending at 24:00 and overnight windows in Shanghai', () => {
    const evening = policy({
      replyWithinMinutes: 120,
      clock: 'business',
      businessHours: { timeZone: 'Asia/Shanghai', windows: [{ start: '18:00', end: '24:00' }] },
    });
    expect(iso(replyDeadline(evening, t('2026-11-23T23:00:00+08:00')))).toBe('2026-11-24T11:00:00.000Z');
    const overnight = policy({
      replyWithinMinutes: 60,
      clock: 'business',
      businessHours: { timeZone: 'Asia/Shanghai', windows: [{ start: '22:00', end: '06:00' }] },
    });
    expect(iso(replyDeadline(overnight, t('2026-11-24T05:30:00+08:00')))).toBe('2026-11-24T14:30:00.000Z');
    expect(isWithinHours(overnight.businessHours!, t('2026-11-24T05:59:59+08:00'))).toBe(true);
    expect(isWithinHours(overnight.businessHours!, t('2026-11-24T06:00:00+08:00'))).toBe(false);
  });

  it('returns exempt when the windows never open', () => {
    const never = policy({
      clock: 'business',
      businessHours: { timeZone: 'UTC', windows: [{ start: '09:00', end: '17:00', days: [] }] },
    });
    expect(slaStatus(never, 0, 0).state).toBe('exempt');
  });

  it('caps a business deadline by capMinutes', () => {
    const capped = { ...business, capMinutes: 120 };
    expect(iso(replyDeadline(capped, t('2026-03-06T16:00:00-05:00')))).toBe('2026-03-06T23:00:00.000Z');
  });
});

describe('countedHours by weekday and dueSoon share', () => {
  it('exempts weekends when windows list weekdays', () => {
    const p = policy({ countedHours: nyWeekdays });
    expect(slaStatus(p, t('2026-11-21T10:00:00-05:00'), 0).state).toBe('exempt');
    expect(slaStatus(p, t('2026-11-23T10:00:00-05:00'), t('2026-11-23T10:00:00-05:00')).state).toBe('ok');
  });

  it('uses a share of the duration as the due-soon lead', () => {
    const p = policy({ dueSoon: { share: 0.25 } });
    expect(slaStatus(p, 0, 44 * 60_000 + 59_000).state).toBe('ok');
    expect(slaStatus(p, 0, 45 * 60_000).state).toBe('due-soon');
  });

  it('rejects bad policies', () => {
    expect(() => policy({ clock: 'business' })).toThrow();
    expect(() =>
      policy({ countedHours: { timeZone: 'Nowhere/City', windows: [{ start: '08:00', end: '23:00' }] } }),
    ).toThrow();
    expect(() =>
      policy({ countedHours: { timeZone: 'UTC', windows: [{ start: '08:00', end: '24:30' }] } }),
    ).toThrow();
  });
});
