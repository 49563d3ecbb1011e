import { describe, expect, it } from 'vitest';
import { type ResponseRecord, toResponseRecord } from '@/lib/sla/history';
import { dailyRates, histogram, responsesCsv, rollingRate } from '@/lib/sla/stats';

function rec(
  platform: string,
  day: string,
  seconds: number,
  within: boolean | null,
  id = `${day}-${seconds}`,
): ResponseRecord {
  const receivedAt = Date.parse(`${day}T12:00:00Z`);
  return {
    key: `${platform}:${id}:${receivedAt}`,
    platform,
    conversation: id,
    day,
    receivedAt,
    answeredAt: receivedAt + seconds * 1000,
    seconds,
    deadline: within === null ? null : receivedAt + 180_000,
    withinDeadline: within,
  };
}

describe('response records', () => {
  it('builds a record with the day in the policy zone and the deadline verdict', () => {
    const receivedAt = Date.parse('2026-11-22T23:30:00+08:00');
    const r = toResponseRecord('pinduoduo', 'Asia/Shanghai', {
      id: 'u1',
      receivedAt,
      answeredAt: receivedAt + 180_000,
      deadline: receivedAt + 180_000,
    });
    expect(r).toMatchObject({
      key: `pinduoduo:u1:${receivedAt}`,
      day: '2026-11-22',
      seconds: 180,
      withinDeadline: true,
    });
    expect(
      toResponseRecord('walmart', 'UTC', { id: 'x', receivedAt: 0, answeredAt: 1000, deadline: null })
        .withinDeadline,
    ).toBeNull();
    expect(
      toResponseRecord('walmart', 'UTC', { id: 'x', receivedAt: 0, answeredAt: 2000, deadline: 1000 })
        .withinDeadline,
    ).toBe(false);
  });
});

describe('stats', () => {
  const records = [
    rec('pinduoduo', '2026-11-22', 60, true),
    rec('pinduoduo', '2026-11-22', 400, false),
    rec('pinduoduo', '2026-11-22', 30, null),
    rec('walmart', '2026-11-10', 3600, true),
    rec('walmart', '2026-11-23', 200_000, false),
    rec('walmart', '2026-11-23', 100, true),
  ];

  it('computes per-platform daily shares, ignoring exempt responses', () => {
    expect(dailyRates(records)).toEqual([
      { platform: 'walmart', day: '2026-11-10', counted: 1, within: 1, share: 1 },
      { platform: 'pinduoduo', day: '2026-11-22', counted: 2, within: 1, share: 0.5 },
      { platform: 'walmart', day: '2026-11-23', counted: 2, within: 1, share: 0.5 },
    ]);
  });

  it('computes a 14-day rolling rate', () => {
    expect(rollingRate(records, 'walmart', '2026-11-23', 14)).toEqual({
      counted: 3,
      within: 2,
      share: 2 / 3,
    });
    expect(rollingRate(records, 'walmart', '2026-11-24', 14)).toEqual({ counted: 2, within: 1, share: 0.5 });
    expect(rollingRate(records, 'ebay', '2026-11-24', 14).share).toBeNull();
  });

  it('buckets response times', () => {
    expect(histogram(records, [60, 300, 3600])).toEqual([2, 1, 2, 1]);
  });

  it('exports CSV with a header, ISO times, quoting and formula neutralising', () => {
    const csv = responsesCsv([rec('walmart', '2026-11-23', 100, true, '=cmd,"x"')]);
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('platform,conversation,day,receivedAt,answeredAt,seconds,deadline,withinDeadline');
    expect(line).toBe(
      `walmart,"'=cmd,""x""",2026-11-23,2026-11-23T12:00:00.000Z,2026-11-23T12:01:40.000Z,100,2026-11-23T12:03:00.000Z,true`,
    );
  });
});
