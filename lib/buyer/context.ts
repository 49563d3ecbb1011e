/**
 * The buyer's context beside the reply box (pure): which market they are in, their local time and whether
 * it is night there, and the language they wrote in. Order of evidence for the market: the country the
 * page shows, the country the portal's URL names, the language of the buyer's last message, the
 * platform's home market.
 */
import type { PlatformId } from '@/lib/platforms';
import { defaultMarket, marketOfUrl } from '@/lib/portals/market';
import { type BuyerLanguage, detectLanguage } from './language';
import { type Market, marketOf, marketOfCountryText, marketOfLanguage } from './markets';

export interface BuyerContext {
  market: Market;
  /** HH:MM in the buyer's zone. */
  localTime: string;
  /** YYYY-MM-DD in the buyer's zone. */
  localDate: string;
  /** 22:00-06:59 there: the buyer is probably asleep. */
  night: boolean;
  /** BCP 47: the language of the buyer's last message, else the market's. */
  language: string;
  /** True when `language` was read from the buyer's message. */
  fromMessage: boolean;
}

export interface BuyerInput {
  platform: PlatformId;
  url: URL;
  /** The buyer's country as the page shows it (code or English name), if it does. */
  pageCountry?: string;
  /** The text of the buyer's last message in the open conversation, if the page shows it. */
  buyerText?: string;
  now: number;
}

/** The fallback when nothing names a market (the generic path): the agent's own zone, English. */
function browserMarket(): Market {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return { country: '', timeZone: zone, language: 'en', locale: 'en-US' };
}

export function resolveMarket(input: Omit<BuyerInput, 'now' | 'buyerText'>, language?: BuyerLanguage) {
  return (
    marketOfCountryText(input.pageCountry) ??
    marketOf(marketOfUrl(input.platform, input.url)) ??
    marketOfLanguage(language) ??
    marketOf(defaultMarket(input.platform)) ??
    browserMarket()
  );
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time and date of `now` in `timeZone` (UTC when the zone is unknown). */
export function wallClock(now: number, timeZone: string): { time: string; date: string; hour: number } {
  let format = clockFormats.get(timeZone);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    };
    try {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    clockFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  const hour = Number(parts.hour) % 24;
  return {
    time: `${String(hour).padStart(2, '0')}:${parts.minute}`,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour,
  };
}

export function buyerContext(input: BuyerInput): BuyerContext {
  const written = input.buyerText ? detectLanguage(input.buyerText) : undefined;
  const market = resolveMarket(input, written);
  const clock = wallClock(input.now, market.timeZone);
  return {
    market,
    localTime: clock.time,
    localDate: clock.date,
    night: clock.hour >= 22 || clock.hour < 7,
    language: written ?? market.language,
    fromMessage: written !== undefined,
  };
}
