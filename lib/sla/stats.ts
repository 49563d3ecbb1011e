import type { ResponseRecord } from './history';

export interface Rate {
  /** Responses that had a deadline. */
  counted: number;
  within: number;
  /** within / counted, or null when nothing was counted. */
  share: number | null;
}

function rate(records: readonly ResponseRecord[]): Rate {
  const counted = records.filter((r) => r.withinDeadline !== null);
  const within = counted.filter((r) => r.withinDeadline).length;
  return { counted: counted.length, within, share: counted.length ? within / counted.length : null };
}

/** Share answered within the deadline per platform and day, days ascending (pure). */
export function dailyRates(
  records: readonly ResponseRecord[],
): Array<{ platform: string; day: string } & Rate> {
  const groups = new Map<string, ResponseRecord[]>();
  for (const r of records) {
    const key = `${r.platform}\u0000${r.day}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const [platform, day] = key.split('\u0000') as [string, string];
      return { platform, day, ...rate(list) };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.platform.localeCompare(b.platform));
}

function dayMinus(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Rate over the `days` days ending with `endDay` inclusive (Walmart: 14 days, 90% line). */
export function rollingRate(
  records: readonly ResponseRecord[],
  platform: string,
  endDay: string,
  days: number,
): Rate {
  const from = dayMinus(endDay, days - 1);
  return rate(records.filter((r) => r.platform === platform && r.day >= from && r.day <= endDay));
}

/** Upper bounds (seconds) of the response-time buckets; the last bucket is open-ended. */
export const BUCKETS = [60, 180, 300, 900, 1800, 3600, 4 * 3600, 12 * 3600, 24 * 3600, 48 * 3600];

/** Counts of response times per bucket: BUCKETS.length + 1 numbers (pure). */
export function histogram(records: readonly ResponseRecord[], bounds: readonly number[] = BUCKETS): number[] {
  const counts = new Array<number>(bounds.length + 1).fill(0);
  for (const r of records) {
    const index = bounds.findIndex((bound) => r.seconds <= bound);
    counts[index === -1 ? bounds.length : index]!++;
  }
  return counts;
}

const CSV_COLUMNS = [
  'platform',
  'conversation',
  'day',
  'receivedAt',
  'answeredAt',
  'seconds',
  'deadline',
  'withinDeadline',
] as const;

function csvCell(value: string): string {
  // Quote when needed; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV of the records, times in ISO 8601 UTC, one header line (pure). */
export function responsesCsv(records: readonly ResponseRecord[]): string {
  const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
  const lines = records.map((r) =>
    [
      r.platform,
      r.conversation,
      r.day,
      iso(r.receivedAt),
      iso(r.answeredAt),
      String(r.seconds),
      iso(r.deadline),
      r.withinDeadline === null ? '' : String(r.withinDeadline),
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n');
}
