import { zonedInstant } from './zone';

/**
 * Strict ISO 8601 date-time parsing (extended format). A time without an offset is read in
 * `localZone` (UTC when omitted); a date alone is that zone's midnight. Impossible dates
 * (2026-02-30, 25:00) are rejected, not rolled over.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export function parseIsoInstant(text: string, localZone = 'UTC'): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0 || frac)))
    return null;
  const ms = Math.floor(Number(`0.${frac || '0'}`) * 1000);
  if (zone === undefined) return zonedInstant({ year, month, day }, hour, minute, localZone, second) + ms;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return local - offsetMinutes(zone) * 60_000;
}

function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  return sign * (hours * 60 + minutes);
}
