/**
 * Wall-clock arithmetic in IANA time zones with Intl only (no library).
 * Local times that do not exist (spring forward) or exist twice (fall back) are resolved like
 * Temporal's "compatible" disambiguation: a skipped time moves forward by the gap, a repeated
 * time takes its earlier instant.
 */

export interface LocalDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  /** 0 (Sunday) to 6 */
  weekday: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields straight from Intl (the slow path; results are cached through `offsetAt`). */
function intlParts(instant: number, timeZone: string): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, Map<number, number>>();

/**
 * UTC offset of `timeZone` at `instant`, in ms (local = UTC + offset). Cached per quarter hour: offsets are
 * whole quarter hours and modern transitions fall on quarter-hour instants, so one Intl call serves a bucket.
 */
export function offsetAt(instant: number, timeZone: string): number {
  const bucket = Math.floor(instant / QUARTER_HOUR);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
    const f = intlParts(at, timeZone);
    offset = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour! % 24, f.minute!, f.second!) - at;
    if (zone.size > 20_000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset;
}

/** The wall-clock date and time at `instant` (epoch ms) in `timeZone`. */
export function localParts(instant: number, timeZone: string): LocalDateTime {
  const local = new Date(instant + offsetAt(instant, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  };
}

/**
 * The instant of a wall-clock time in `timeZone`. `hour` may be 24 (midnight ending the day);
 * days and hours out of range roll over like Date.UTC.
 */
export function zonedInstant(
  date: LocalDate,
  hour: number,
  minute: number,
  timeZone: string,
  second = 0,
): number {
  const local = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second);
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const candidates = [local - before, local - after].filter(
    (instant, i) => offsetAt(instant, timeZone) === (i === 0 ? before : after),
  );
  // Repeated time: earlier instant. Skipped time: the offset before the gap, i.e. forward by the gap.
  return candidates.length > 0 ? Math.min(...candidates) : local - before;
}

/** The local calendar date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function localDay(instant: number, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
