import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/sla/Dashboard';
import type { ResponseRecord } from '@/lib/sla/history';

function rec(platform: string, day: string, seconds: number, within: boolean | null): ResponseRecord {
  const receivedAt = Date.parse(`${day}T12:00:00Z`);
  return {
    key: `${platform}:${day}:${seconds}`,
    platform,
    conversation: `${day}-${seconds}`,
    day,
    receivedAt,
    answeredAt: receivedAt + seconds * 1000,
    seconds,
    deadline: within === null ? null : receivedAt,
    withinDeadline: within,
  };
}

describe('Dashboard', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('draws the histogram, daily shares and Walmart 14-day rate against 90%', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-23T12:00:00Z'));
    const records = [
      rec('walmart', '2026-11-20', 50, true),
      rec('walmart', '2026-11-21', 7200, false),
      rec('walmart', '2026-11-22', 100, true),
      rec('pinduoduo', '2026-11-22', 30, null),
    ];
    const app = document.createElement('div');
    document.body.append(app);
    render(<Dashboard load={async () => records} />, app);
    await vi.waitFor(() => expect(app.querySelector('[data-chart="histogram"]')).not.toBeNull());
    const counts = [...app.querySelectorAll('[data-bucket]')].map((g) =>
      Number(g.getAttribute('data-count')),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(app.querySelector('[data-bucket="≤1m"]')!.getAttribute('data-count')).toBe('2');
    const walmart = app.querySelector('[data-platform="walmart"]')!;
    expect(Number(walmart.querySelector('[data-rolling]')!.getAttribute('data-rolling'))).toBeCloseTo(2 / 3);
    expect(walmart.textContent).toContain('Below target');
    expect(walmart.querySelectorAll('[data-day]')).toHaveLength(3);
    expect(walmart.querySelector('[data-target]')).not.toBeNull();
    expect(
      app.querySelector('[data-platform="pinduoduo"] [data-day="2026-11-22"]')!.getAttribute('data-share'),
    ).toBe('');
  });

  it('says so when nothing is recorded', async () => {
    const app = document.createElement('div');
    document.body.append(app);
    render(<Dashboard load={async () => []} />, app);
    await vi.waitFor(() => expect(app.querySelector('[data-empty]')).not.toBeNull());
    expect(app.querySelector<HTMLButtonElement>('[data-action="export-csv"]')!.disabled).toBe(true);
  });

  it('counts a Pinduoduo reply dated in Beijing when UTC is still on the day before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 16:30 UTC on the 23rd is 00:30 on the 24th in Beijing, where Pinduoduo records are dated.
    vi.setSystemTime(Date.parse('2026-11-23T16:30:00Z'));
    const app = document.createElement('div');
    document.body.append(app);
    render(<Dashboard load={async () => [rec('pinduoduo', '2026-11-24', 60, true)]} />, app);
    await vi.waitFor(() => expect(app.querySelector('[data-platform="pinduoduo"]')).not.toBeNull());
    expect(
      app.querySelector('[data-platform="pinduoduo"] [data-rolling]')!.getAttribute('data-rolling'),
    ).toBe('1');
  });
});
