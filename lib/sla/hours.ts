import type { Hours } from './policy-schema';
import { addDays, type LocalDate, localParts, weekdayOf, zonedInstant } from './zone';

/** One window as instants: [start, end) in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

const MAX_DAYS = 400;

function hm(time: string): [number, number] {
  const [h, m] = time.split(':').map(Number);
  return [h!, m!];
}

/**
 * The windows that open on a local date, as instants. `end` "24:00" is the next midnight; an end at
 * or before the start (e.g. 22:00-06:00) runs into the next day. `days` filters by the opening day.
 */
function windowsOn(hours: Hours, date: LocalDate): Interval[] {
  const weekday = weekdayOf(date);
  const intervals: Interval[] = [];
  for (const window of hours.windows) {
    if (window.days && !window.days.includes(weekday)) continue;
    const [sh, sm] = hm(window.start);
    const [eh, em] = hm(window.end);
    const overnight = eh * 60 + em <= sh * 60 + sm;
    const start = zonedInstant(date, sh, sm, hours.timeZone);
    const end = zonedInstant(overnight ? addDays(date, 1) : date, eh, em, hours.timeZone);
    if (end > start) intervals.push({ start, end });
  }
  return intervals.sort((a, b) => a.start - b.start);
}

/** Windows that may contain or follow `instant`, in order, starting the day before (overnight windows). */
function* windowsFrom(hours: Hours, instant: number): Generator<Interval> {
  const p = localParts(instant, hours.timeZone);
  const first: LocalDate = addDays(p, -1);
  for (let i = 0; i < MAX_DAYS; i++) yield* windowsOn(hours, addDays(first, i));
}

/** True when `instant` falls inside one of the windows (start inclusive, end exclusive). */
export function isWithinHours(hours: Hours, instant: number): boolean {
  const p = localParts(instant, hours.timeZone);
  for (const date of [addDays(p, -1), p]) {
    if (windowsOn(hours, date).some((w) => instant >= w.start && instant < w.end)) return true;
  }
  return false;
}

/**
 * The instant at which `durationMs` of in-window time has passed since `from`: the clock runs only
 * inside the windows, across days. Null when the windows never open (e.g. an empty `days` list).
 */
export function addWithinHours(hours: Hours, from: number, durationMs: number): number | null {
  let left = durationMs;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const window of windowsFrom(hours, from)) {
    // Overlapping windows must not count the same time twice.
    const start = Math.max(window.start, from, lastEnd);
    if (window.end <= start) continue;
    lastEnd = window.end;
    const available = window.end - start;
    if (left <= available) return start + left;
    left -= available;
  }
  return null;
}
