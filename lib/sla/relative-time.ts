import { parseIsoInstant } from './iso';
import { addDays, type LocalDate, localParts, zonedInstant } from './zone';

/**
 * Reads the times portal lists show ("3分钟前", "刚刚", "昨天 14:05", "Yesterday 14:05", "14:05",
 * "11-22 09:30", "2026/11/22 09:30", "2 hours ago", "5 min", "Mon 10:12", "11月22日", ISO, epoch ms)
 * as an instant, given `now` and the portal's time zone. Pure.
 * A time of day alone is today's, or yesterday's when today's would be in the future; a date without
 * a year is this year's unless that is in the future; a date without a time is that day's start
 * (the conservative reading for deadlines). Returns null for text it does not understand.
 */
export function parsePortalTime(raw: string, now: number, timeZone: string): number | null {
  const text = normalize(raw);
  if (!text) return null;
  for (const parser of PARSERS) {
    const result = parser(text, now, timeZone);
    if (result !== undefined) return result;
  }
  return null;
}

type Parser = (text: string, now: number, timeZone: string) => number | null | undefined;

const SKEW_MS = 5 * 60_000;

function normalize(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) // full width
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const UNIT_MS: Array<[RegExp, number]> = [
  [/^(s|sec|secs|second|seconds|秒|秒钟|秒鐘)$/, 1000],
  [/^(m|min|mins|minute|minutes|分|分钟|分鐘)$/, 60_000],
  [/^(h|hr|hrs|hour|hours|小时|小時|个小时|個小時)$/, 3_600_000],
  [/^(d|day|days|天)$/, 86_400_000],
  [/^(w|wk|wks|week|weeks|周|週|星期)$/, 7 * 86_400_000],
];

function unitMs(unit: string): number | undefined {
  return UNIT_MS.find(([pattern]) => pattern.test(unit))?.[1];
}

const WEEKDAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  日: 0,
  天: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "14:05", "14:05:33", "2:05 pm", "下午 2:05" → [hour, minute, second]; undefined when malformed. */
function timeOfDay(text: string): [number, number, number] | undefined {
  const m =
    /^(上午|下午|晚上|中午|凌晨|早上)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? 0);
  const pm = m[5]?.startsWith('p') || m[1] === '下午' || m[1] === '晚上' || (m[1] === '中午' && hour < 11);
  const am = m[5]?.startsWith('a') || m[1] === '上午' || m[1] === '凌晨' || m[1] === '早上';
  if ((pm || am) && (hour < 1 || hour > 12)) return undefined;
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return [hour, minute, second];
}

function at(date: LocalDate, time: [number, number, number], timeZone: string): number {
  return zonedInstant(date, time[0], time[1], timeZone, time[2]);
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date and optional time; without a year, the latest such date not in the future. */
function dated(
  year: number | undefined,
  month: number,
  day: number,
  timeText: string,
  now: number,
  timeZone: string,
): number | null {
  const time = timeText ? timeOfDay(timeText) : ([0, 0, 0] as [number, number, number]);
  if (!time) return null;
  const today = localParts(now, timeZone);
  const y = year ?? today.year;
  if (!validDate(y, month, day))
    return year === undefined ? dated(y - 1, month, day, timeText, now, timeZone) : null;
  const instant = at({ year: y, month, day }, time, timeZone);
  if (year === undefined && instant > now + SKEW_MS) return dated(y - 1, month, day, timeText, now, timeZone);
  return instant;
}

const PARSERS: Parser[] = [
  // Epoch ms (13 digits) or seconds (10 digits).
  (text) => {
    if (!/^\d{10}(\d{3})?(\.\d+)?$/.test(text)) return undefined;
    const value = Number(text);
    return Math.floor(text.split('.')[0]!.length === 10 ? value * 1000 : value);
  },
  (text, _now, timeZone) => parseIsoInstant(text.toUpperCase(), timeZone) ?? undefined,
  (text, now) => (/^(刚刚|剛剛|刚才|剛才|just now|now|moments? ago)$/.test(text) ? now : undefined),
  // "3分钟前", "2 hours ago", "5 min", "an hour ago", "半小时前".
  (text, now) => {
    if (/^(半小时|半小時|half an hour)(前| ago)?$/.test(text)) return now - 1_800_000;
    const m = /^(\d+|an?|一|两|兩)\s*([a-z\u4e00-\u9fff]+?)\s*(前|以前|ago)?$/.exec(text);
    if (!m) return undefined;
    const ms = unitMs(m[2]!);
    if (ms === undefined) return undefined;
    const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : m[1] === '两' || m[1] === '兩' ? 2 : 1;
    return now - count * ms;
  },
  // "今天 14:05", "昨天 14:05", "前天 14:05", "Yesterday 14:05", "昨天".
  (text, now, timeZone) => {
    const m = /^(今天|today|昨天|yesterday|前天)[,\s]*(?:at\s+)?(.*)$/.exec(text);
    if (!m) return undefined;
    const back = m[1] === '今天' || m[1] === 'today' ? 0 : m[1] === '前天' ? 2 : 1;
    const time = m[2] ? timeOfDay(m[2]) : ([0, 0, 0] as [number, number, number]);
    return time ? at(addDays(localParts(now, timeZone), -back), time, timeZone) : null;
  },
  // "14:05", "2:05 PM", "下午2:05": today, or yesterday when today's is in the future.
  (text, now, timeZone) => {
    const time = timeOfDay(text);
    if (!time) return undefined;
    const today = localParts(now, timeZone);
    const instant = at(today, time, timeZone);
    return instant > now + SKEW_MS ? at(addDays(today, -1), time, timeZone) : instant;
  },
  // "Mon 10:12", "周一 10:12", "星期一", "週一 10:12": the latest such day not in the future.
  (text, now, timeZone) => {
    const m =
      /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s*(.*)$|^(?:周|週|星期|礼拜|禮拜)([日天一二三四五六])\s*(.*)$/.exec(
        text,
      );
    if (!m) return undefined;
    const weekday = WEEKDAYS[m[1] ?? m[3]!]!;
    const rest = m[2] ?? m[4] ?? '';
    const time = rest ? timeOfDay(rest) : ([0, 0, 0] as [number, number, number]);
    if (!time) return null;
    const today = localParts(now, timeZone);
    let back = (today.weekday - weekday + 7) % 7;
    if (back === 0 && at(today, time, timeZone) > now + SKEW_MS) back = 7;
    return at(addDays(today, -back), time, timeZone);
  },
  // "2026/11/22 09:30", "2026-11-22 09:30", "2026.11.22", "2026年11月22日 09:30".
  (text, now, timeZone) => {
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(.*)$/.exec(text);
    if (!m) return undefined;
    return dated(Number(m[1]), Number(m[2]), Number(m[3]), m[4]!, now, timeZone);
  },
  // US style "11/21/2026, 10:30:20 AM" (month first, as Walmart and Amazon US show it).
  (text, now, timeZone) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s*(?:at\s+)?(.*)$/.exec(text);
    if (!m) return undefined;
    return dated(Number(m[3]), Number(m[1]), Number(m[2]), m[4]!, now, timeZone);
  },
  // "11-22 09:30", "11/22", "11月22日 09:30".
  (text, now, timeZone) => {
    const m = /^(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*(.*)$/.exec(text);
    if (!m) return undefined;
    return dated(undefined, Number(m[1]), Number(m[2]), m[3]!, now, timeZone);
  },
  // "Nov 22", "Nov 22, 2026 9:30 AM", "22 Nov 2026 09:30".
  (text, now, timeZone) => {
    const m =
      /^([a-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?,?\s*(.*)$/.exec(text) ??
      /^(\d{1,2}) ([a-z]{3})[a-z]*\.?,?(?: (\d{4}))?,?\s*(.*)$/.exec(text);
    if (!m) return undefined;
    const [monthName, dayText] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const month = MONTHS.indexOf(monthName) + 1;
    if (month === 0) return undefined;
    return dated(m[3] ? Number(m[3]) : undefined, month, Number(dayText), m[4]!, now, timeZone);
  },
];
