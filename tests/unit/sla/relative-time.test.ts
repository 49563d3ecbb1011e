import { describe, expect, it } from 'vitest';
import { parsePortalTime } from '@/lib/sla/relative-time';

// Monday 23 November 2026, 15:30:00 Beijing time.
const NOW = Date.parse('2026-11-23T15:30:00+08:00');
const SH = 'Asia/Shanghai';
const read = (text: string, zone = SH, now = NOW) => {
  const ms = parsePortalTime(text, now, zone);
  return ms === null ? null : new Date(ms).toISOString();
};
const bj = (local: string) => new Date(Date.parse(`${local}+08:00`)).toISOString();

describe('parsePortalTime', () => {
  it('reads "just now" and relative counts in Chinese and English', () => {
    expect(read('刚刚')).toBe(bj('2026-11-23T15:30:00'));
    expect(read('Just now')).toBe(bj('2026-11-23T15:30:00'));
    expect(read('3分钟前')).toBe(bj('2026-11-23T15:27:00'));
    expect(read('3 分鐘前')).toBe(bj('2026-11-23T15:27:00'));
    expect(read('２小时前')).toBe(bj('2026-11-23T13:30:00'));
    expect(read('30秒前')).toBe(bj('2026-11-23T15:29:30'));
    expect(read('半小时前')).toBe(bj('2026-11-23T15:00:00'));
    expect(read('2 hours ago')).toBe(bj('2026-11-23T13:30:00'));
    expect(read('an hour ago')).toBe(bj('2026-11-23T14:30:00'));
    expect(read('5 min')).toBe(bj('2026-11-23T15:25:00'));
    expect(read('5m')).toBe(bj('2026-11-23T15:25:00'));
    expect(read('1 day ago')).toBe(bj('2026-11-22T15:30:00'));
  });

  it('reads today/yesterday with a time', () => {
    expect(read('昨天 14:05')).toBe(bj('2026-11-22T14:05:00'));
    expect(read('Yesterday 14:05')).toBe(bj('2026-11-22T14:05:00'));
    expect(read('前天 09:00')).toBe(bj('2026-11-21T09:00:00'));
    expect(read('今天 08:00')).toBe(bj('2026-11-23T08:00:00'));
    expect(read('昨天')).toBe(bj('2026-11-22T00:00:00'));
    expect(read('Yesterday at 2:05 PM')).toBe(bj('2026-11-22T14:05:00'));
    expect(read('Today, 08:00')).toBe(bj('2026-11-23T08:00:00'));
  });

  it('reads a bare time as today, or yesterday when today would be in the future', () => {
    expect(read('14:05')).toBe(bj('2026-11-23T14:05:00'));
    expect(read('14:05:09')).toBe(bj('2026-11-23T14:05:09'));
    expect(read('15:33')).toBe(bj('2026-11-23T15:33:00')); // within clock skew
    expect(read('23:10')).toBe(bj('2026-11-22T23:10:00'));
    expect(read('2:05 PM')).toBe(bj('2026-11-23T14:05:00'));
    expect(read('下午2:05')).toBe(bj('2026-11-23T14:05:00'));
    expect(read('上午 9:30')).toBe(bj('2026-11-23T09:30:00'));
    expect(read('12:10 am')).toBe(bj('2026-11-23T00:10:00'));
  });

  it('reads dates with and without a year', () => {
    expect(read('11-22 09:30')).toBe(bj('2026-11-22T09:30:00'));
    expect(read('11/22 09:30')).toBe(bj('2026-11-22T09:30:00'));
    expect(read('2026/11/22 09:30')).toBe(bj('2026-11-22T09:30:00'));
    expect(read('2026-11-22 09:30')).toBe(bj('2026-11-22T09:30:00'));
    expect(read('2026年11月22日 09:30')).toBe(bj('2026-11-22T09:30:00'));
    expect(read('11月22日')).toBe(bj('2026-11-22T00:00:00'));
    expect(read('11月22日 09:30')).toBe(bj('2026-11-22T09:30:00'));
    // A date later in the year than today is last year's.
    expect(read('12-30 10:00')).toBe(bj('2025-12-30T10:00:00'));
    expect(read('Nov 22')).toBe(bj('2026-11-22T00:00:00'));
    expect(read('Nov 22, 2026 9:30 AM')).toBe(bj('2026-11-22T09:30:00'));
    expect(read('22 Nov 2026 09:30')).toBe(bj('2026-11-22T09:30:00'));
    expect(read('11/21/2026, 10:30:20 AM')).toBe(bj('2026-11-21T10:30:20'));
    expect(read('11/21/2026')).toBe(bj('2026-11-21T00:00:00'));
  });

  it('reads weekday forms as the latest such day', () => {
    expect(read('Mon 10:12')).toBe(bj('2026-11-23T10:12:00'));
    expect(read('Mon 16:00')).toBe(bj('2026-11-16T16:00:00'));
    expect(read('Sat 10:12')).toBe(bj('2026-11-21T10:12:00'));
    expect(read('周六 10:12')).toBe(bj('2026-11-21T10:12:00'));
    expect(read('星期日 08:00')).toBe(bj('2026-11-22T08:00:00'));
    expect(read('Tuesday 10:00')).toBe(bj('2026-11-17T10:00:00'));
  });

  it('reads ISO strings and epoch attributes', () => {
    expect(read('2026-11-23T06:03:00Z')).toBe('2026-11-23T06:03:00.000Z');
    expect(read('2026-11-23T06:03:00+08:00')).toBe('2026-11-22T22:03:00.000Z');
    expect(read('2026-11-23T06:03:00')).toBe(bj('2026-11-23T06:03:00')); // no offset: portal zone
    expect(read('1795000000000')).toBe(new Date(1795000000000).toISOString());
    expect(read('1795000000')).toBe(new Date(1795000000000).toISOString());
  });

  it('uses the given zone for wall-clock forms', () => {
    const nowNy = Date.parse('2026-11-23T10:00:00-05:00');
    expect(read('Yesterday 14:05', 'America/New_York', nowNy)).toBe('2026-11-22T19:05:00.000Z');
    // Spring-forward day: 09:00 EDT.
    expect(read('09:00', 'America/New_York', Date.parse('2026-03-08T12:00:00-04:00'))).toBe(
      '2026-03-08T13:00:00.000Z',
    );
  });

  it('returns null for text it does not understand', () => {
    for (const text of ['', 'hello', '25:00', '13:05 pm', '2026/02/30 10:00', '3 parsecs ago', '22日']) {
      expect(parsePortalTime(text, NOW, SH)).toBeNull();
    }
  });
});
