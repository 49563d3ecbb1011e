import { z } from 'zod';

/** Told about each part of a stored value that was dropped or reset, and why. */
export type DropReport = (path: string, reason: string) => void;

type Result = { ok: true; value: unknown } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * Parses a stored value so that one bad part costs only that part (pure, zod only): an object is read
 * field by field (a bad field falls back to its default, or fails the object when it has none), a list
 * or record entry by entry (a bad entry is dropped). Entries themselves are atomic: a pack or a wait is
 * kept whole or dropped whole. Each loss is reported with its path and reason.
 */
export function parseLenient(schema: z.ZodType, raw: unknown, report: DropReport, path = ''): Result {
  const whole = schema.safeParse(raw);
  if (whole.success) return { ok: true, value: whole.data };
  const reason = reasonOf(whole.error);

  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodOptional) {
    const inner = parseLenient(schema.unwrap() as z.ZodType, raw, report, path);
    if (inner.ok) return inner;
    report(path, inner.reason);
    return { ok: true, value: schema.parse(undefined) };
  }
  if (schema instanceof z.ZodObject) {
    if (!isRecord(raw)) return { ok: false, reason };
    const kept: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const part = parseLenient(field, raw[key], report, join(path, key));
      if (!part.ok) return part;
      if (part.value !== undefined) kept[key] = part.value;
    }
    return settle(schema, kept);
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(raw)) return { ok: false, reason };
    const element = schema.element as z.ZodType;
    const kept = raw.filter((entry, index) => keep(element.safeParse(entry), join(path, index), report));
    return settle(schema, kept);
  }
  if (schema instanceof z.ZodRecord) {
    if (!isRecord(raw)) return { ok: false, reason };
    const keys = schema.keyType as z.ZodType;
    const values = schema.valueType as z.ZodType;
    const kept = Object.fromEntries(
      Object.entries(raw).filter(
        ([key, entry]) =>
          keep(keys.safeParse(key), join(path, key), report) &&
          keep(values.safeParse(entry), join(path, key), report),
      ),
    );
    return settle(schema, kept);
  }
  return { ok: false, reason };
}

function keep(parsed: z.ZodSafeParseResult<unknown>, path: string, report: DropReport): boolean {
  if (!parsed.success) report(path, reasonOf(parsed.error));
  return parsed.success;
}

/** The whole again over what was kept (list limits, refinements across fields). */
function settle(schema: z.ZodType, kept: unknown): Result {
  const parsed = schema.safeParse(kept);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: reasonOf(parsed.error) };
}

/** A stored value as its schema reads it leniently: `fallback()` when missing or past saving (reported). */
export function readStored<T>(schema: z.ZodType, raw: unknown, fallback: () => T, report: DropReport): T {
  if (raw === null || raw === undefined) return fallback();
  const parsed = parseLenient(schema, raw, report);
  if (parsed.ok) return parsed.value as T;
  report('', parsed.reason);
  return fallback();
}
