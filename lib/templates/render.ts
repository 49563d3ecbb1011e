/**
 * Template rendering (pure): `{variable}` substitution, dates with offsets (`{date+3d}`) formatted for the
 * buyer's locale, a `{cursor}` marker, and `{{` / `}}` for literal braces.
 */
import { languageCandidates } from './language';
import type { Template } from './schema';

/** The variables the picker knows how to fill (from the page or the agent's profile). */
const KNOWN_VARIABLES = [
  'buyer_name',
  'order_id',
  'tracking_number',
  'carrier',
  'agent_name',
  'shop_name',
] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

export interface RenderOptions {
  /** Values by variable name; blank values count as missing. Extra names act as custom variables. */
  values?: Readonly<Record<string, string | undefined>>;
  /** The buyer's locale for dates (BCP 47), e.g. `en-US`, `pt-BR`, `zh-CN`. */
  locale: string;
  /** IANA time zone that decides which calendar day `now` is. */
  timeZone: string;
  /** Epoch ms. */
  now: number;
}

export interface RenderResult {
  text: string;
  /** UTF-16 offset of the first `{cursor}` in `text`, or undefined (caret goes to the end). */
  cursor: number | undefined;
  /** Known variables without a value, left visible as `{name}` so the UI can ask for them. */
  missing: string[];
  /** Names that are neither known, a date, nor given a value; left visible. */
  unknown: string[];
}

type Token = { kind: 'text'; text: string } | { kind: 'var'; name: string; raw: string };

const VAR_BODY = /^[A-Za-z_][A-Za-z0-9_]*([+-]\d+[A-Za-z]*)?$/;
const DATE = /^date(?:([+-])(\d{1,4})([dwm]))?$/;

/** Splits a body into literal text and `{name}` tokens; `{{`/`}}` are literal braces. */
export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if ((ch === '{' || ch === '}') && body[i + 1] === ch) {
      text += ch;
      i++;
      continue;
    }
    if (ch === '{') {
      const close = body.indexOf('}', i + 1);
      const inner = close > 0 ? body.slice(i + 1, close) : '';
      if (close > 0 && inner.length <= 40 && VAR_BODY.test(inner)) {
        if (text) tokens.push({ kind: 'text', text });
        text = '';
        tokens.push({ kind: 'var', name: inner, raw: body.slice(i, close + 1) });
        i = close;
        continue;
      }
    }
    text += ch;
  }
  if (text) tokens.push({ kind: 'text', text });
  return tokens;
}

/** The distinct non-date variables a body uses, in order of appearance (for the variables form). */
export function listVariables(body: string): string[] {
  const names = new Set<string>();
  for (const token of tokenize(body)) {
    if (token.kind === 'var' && token.name !== 'cursor' && !DATE.test(token.name)) names.add(token.name);
  }
  return [...names];
}

function isKnownVariable(name: string): name is KnownVariable {
  return (KNOWN_VARIABLES as readonly string[]).includes(name);
}

/** Renders a body. Never throws: bad locales fall back to English, bad zones to UTC. */
export function renderBody(body: string, options: RenderOptions): RenderResult {
  const values = options.values ?? {};
  const missing = new Set<string>();
  const unknown = new Set<string>();
  let text = '';
  let cursor: number | undefined;
  for (const token of tokenize(body)) {
    if (token.kind === 'text') {
      text += token.text;
      continue;
    }
    const { name, raw } = token;
    if (name === 'cursor') {
      cursor ??= text.length;
      continue;
    }
    const date = DATE.exec(name);
    if (date) {
      const offset = date[1] ? Number(date[2]) * (date[1] === '-' ? -1 : 1) : 0;
      text += formatDate(options, offset, (date[3] ?? 'd') as 'd' | 'w' | 'm');
      continue;
    }
    const value = Object.hasOwn(values, name) ? values[name]?.trim() : undefined;
    if (value) {
      text += value;
      continue;
    }
    if (isKnownVariable(name) || Object.hasOwn(values, name)) missing.add(name);
    else unknown.add(name);
    text += raw;
  }
  return { text, cursor, missing: [...missing], unknown: [...unknown] };
}

/**
 * The variant key used for a buyer language (`pt-BR` → `pt`, `zh-TW` → `zh-Hant`, keys in any case), or
 * '' for the default body.
 */
export function variantKey(template: Pick<Template, 'variants'>, language?: string): string {
  if (!language) return '';
  const keys = Object.keys(template.variants);
  for (const candidate of languageCandidates(language)) {
    const key = keys.find((k) => k.toLowerCase() === candidate);
    if (key !== undefined) return key;
  }
  return '';
}

/** Picks the body for a buyer language (`pt-BR` → `pt` variant), falling back to the default body. */
export function bodyFor(template: Pick<Template, 'body' | 'variants'>, language?: string): string {
  const key = variantKey(template, language);
  return key ? template.variants[key]! : template.body;
}

/** Renders a template in a buyer language. */
export function renderTemplate(
  template: Pick<Template, 'body' | 'variants'>,
  options: RenderOptions & { language?: string },
): RenderResult {
  return renderBody(bodyFor(template, options.language), options);
}

/** Calendar date of `now` in the zone, shifted by days/weeks/months, formatted for the locale. */
function formatDate(options: RenderOptions, amount: number, unit: 'd' | 'w' | 'm'): string {
  const { year, month, day } = calendarDay(options.now, options.timeZone);
  let utc: number;
  if (unit === 'm') {
    const last = new Date(Date.UTC(year, month - 1 + amount + 1, 0)).getUTCDate();
    utc = Date.UTC(year, month - 1 + amount, Math.min(day, last));
  } else {
    utc = Date.UTC(year, month - 1, day + amount * (unit === 'w' ? 7 : 1));
  }
  return dateFormatter(options.locale).format(utc);
}

function calendarDay(now: number, timeZone: string): { year: number; month: number; day: number } {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    }
    formatters.set(locale, format);
  }
  return format;
}
