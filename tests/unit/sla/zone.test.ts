import { describe, expect, it } from 'vitest';
import { addDays, isValidTimeZone, localDay, localParts, offsetAt, zonedInstant } from '@/lib/sla/zone';

const ny = 'America/New_York';
const iso = (ms: number) => new Date(ms).toISOString();

describe('zone helpers', () => {
  it('reads wall-clock parts and weekday in a zone', () => {
    const p = localParts(Date.parse('2026-11-22T16:30:05Z'), 'Asia/Shanghai');
    expect(p).toEqual({ year: 2026, month: 11, day: 23, hour: 0, minute: 30, second: 5, weekday: 1 });
  });

  it('computes offsets on both sides of DST', () => {
    expect(offsetAt(Date.parse('2026-03-08T06:59:59Z'), ny)).toBe(-5 * 3600_000);
    expect(offsetAt(Date.parse('2026-03-08T07:00:00Z'), ny)).toBe(-4 * 3600_000);
    expect(offsetAt(Date.parse('2026-06-01T00:00:00.750Z'), 'Asia/Shanghai')).toBe(8 * 3600_000);
  });

  it('maps ordinary, skipped and repeated local times to instants', () => {
    expect(iso(zonedInstant({ year: 2026, month: 11, day: 23 }, 8, 0, 'Asia/Shanghai'))).toBe(
      '2026-11-23T00:00:00.000Z',
    );
    // 02:30 does not exist on 2026-03-08 in New York: forward by the gap, 03:30 EDT.
    expect(iso(zonedInstant({ year: 2026, month: 3, day: 8 }, 2, 30, ny))).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 2026-11-01: the earlier (EDT) one.
    expect(iso(zonedInstant({ year: 2026, month: 11, day: 1 }, 1, 30, ny))).toBe('2026-11-01T05:30:00.000Z');
    // 24:00 is the next midnight.
    expect(iso(zonedInstant({ year: 2026, month: 11, day: 23 }, 24, 0, 'Asia/Shanghai'))).toBe(
      '2026-11-23T16:00:00.000Z',
    );
  });

  it('adds days across months and years, formats local days, validates zones', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(localDay(Date.parse('2026-11-22T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-23');
    expect(localDay(Date.parse('2026-11-22T16:00:00Z'), ny)).toBe('2026-11-22');
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
