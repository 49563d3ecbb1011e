import { describe, expect, it } from 'vitest';
import { dailyRates } from '@/lib/sla/stats';
import { DEMO_NOW } from '@/tests/support/demo-clock';
import { demoHistory } from '@/tests/support/demo-history';

describe('the demo history', () => {
  const records = demoHistory(DEMO_NOW);

  it('is the same every run and ends before the demo moment', () => {
    expect(demoHistory(DEMO_NOW)).toEqual(records);
    expect(Math.max(...records.map((r) => r.answeredAt))).toBeLessThanOrEqual(DEMO_NOW);
    expect(Math.min(...records.map((r) => r.receivedAt))).toBeGreaterThanOrEqual(DEMO_NOW - 14 * 86_400_000);
  });

  it('fills two weeks on four platforms, mostly on time, with late and uncounted replies too', () => {
    expect(new Set(records.map((r) => r.platform))).toEqual(
      new Set(['pinduoduo', 'shopee', 'aliexpress', 'walmart']),
    );
    expect(new Set(records.map((r) => r.day)).size).toBeGreaterThanOrEqual(14);
    const counted = records.filter((r) => r.withinDeadline !== null);
    const onTime = counted.filter((r) => r.withinDeadline).length / counted.length;
    expect(onTime).toBeGreaterThan(0.8);
    expect(onTime).toBeLessThan(0.99);
    // Pinduoduo counts 08:00-23:00 Beijing time only: night messages are not counted.
    expect(records.some((r) => r.platform === 'pinduoduo' && r.withinDeadline === null)).toBe(true);
    expect(dailyRates(records).length).toBeGreaterThanOrEqual(4 * 14);
  });
});
