/**
 * Public holidays for the buyer line, from date-holidays (maintained, with each country's sources in its
 * data files; ISC code, CC-BY-3.0 data). Loaded by the background only: its data is about 800 KB.
 */
import Holidays from 'date-holidays';
import { BuyerHolidays } from '@/lib/messaging/buyer';
import type { MessageRouter } from '@/lib/messaging/define';

const DAY = 86_400_000;
const calendars = new Map<string, Holidays>();

function calendar(country: string, language: string): Holidays | undefined {
  const key = `${country}:${language}`;
  let found = calendars.get(key);
  if (!found) {
    const made = new Holidays();
    made.init(country, { languages: [language], types: ['public'] });
    if (!made.getCountries()[country]) return undefined;
    found = made;
    calendars.set(key, found);
  }
  return found;
}

/** Public holidays in `country` on the `days` calendar days from `from` (YYYY-MM-DD), in date order. */
export function holidaysAhead(country: string, from: string, days: number, language = 'en') {
  const hd = calendar(country, language);
  if (!hd) return [];
  const start = Date.parse(`${from}T00:00:00Z`);
  const last = new Date(start + (days - 1) * DAY).toISOString().slice(0, 10);
  const years = new Set([from.slice(0, 4), last.slice(0, 4)]);
  const seen = new Set<string>();
  const out: Array<{ date: string; name: string }> = [];
  for (const year of years) {
    for (const holiday of hd.getHolidays(Number(year))) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type !== 'public' || date < from || date > last || seen.has(date)) continue;
      seen.add(date);
      out.push({ date, name: holiday.name });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export function registerHolidays(router: MessageRouter): void {
  router.on(BuyerHolidays, async ({ country, from, days, language }) => ({
    holidays: holidaysAhead(country, from, days, language),
  }));
}
