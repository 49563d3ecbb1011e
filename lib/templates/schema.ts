import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';

/** The current shape of a stored template. Bump it and add a step to `migrateTemplate` when it changes. */
export const TEMPLATE_SCHEMA_VERSION = 2;

/** `user`, `starter`, or `team:<packId>` (team templates come from rule packs and are read-only). */
export const TemplateSourceSchema = z.union([
  z.literal('user'),
  z.literal('starter'),
  z.string().regex(/^team:[a-z0-9][a-z0-9._-]*$/, 'source is user, starter or team:<packId>'),
]);
export type TemplateSource = z.infer<typeof TemplateSourceSchema>;

/** Language variants one template may have. */
const MAX_VARIANTS = 20;

/**
 * A reply template. Packs embed this schema for team libraries, so every bookkeeping field has a default:
 * a pack only needs id, title and body.
 */
export const TemplateSchema = z.object({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION).default(TEMPLATE_SCHEMA_VERSION),
  id: z.string().min(1).max(200),
  /** Usually Chinese (what the agent searches for); `titleEn` is optional. */
  title: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().max(200).optional(),
  /** The default body (English for most cross-border buyers). */
  body: z.string().min(1).max(10_000),
  /** For inline expansion: `;abbr`. Letters, digits, `_` and `-`. */
  abbreviation: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'abbreviation: 1-32 letters, digits, _ or -')
    .optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  /** Words and phrases buyers write when this template answers them, any language (suggestions match them). */
  keywords: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
  /** Bodies in other buyer languages, keyed by BCP 47 tag (zh-Hans, zh-Hant, pt, es, id, th, vi, ms…). */
  variants: z
    .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/), z.string().min(1).max(10_000))
    .refine(
      (variants) => Object.keys(variants).length <= MAX_VARIANTS,
      `at most ${MAX_VARIANTS} language variants`,
    )
    .default({}),
  /** Platform ids this template is for; empty means all. */
  platforms: z.array(z.enum(PLATFORM_IDS)).default([]),
  usageCount: z.number().int().min(0).default(0),
  /** Epoch ms of the last insertion, 0 if never used. */
  lastUsedAt: z.number().min(0).default(0),
  /** Epoch ms of the last edit; the store's conflict check compares it. */
  updatedAt: z.number().min(0).default(0),
  source: TemplateSourceSchema.default('user'),
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

/** True for templates the agent may not edit or delete (they come from a team pack). */
export function isReadOnly(template: Pick<Template, 'source'>): boolean {
  return template.source.startsWith('team:');
}

/** True if the template applies on `platform` (empty scope = everywhere). */
export function appliesTo(template: Pick<Template, 'platforms'>, platform: string): boolean {
  return template.platforms.length === 0 || (template.platforms as string[]).includes(platform);
}

/** Version 1 (before `schemaVersion`): the first placeholder shape. */
const V1Schema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  body: z.string().min(1),
  abbreviation: z.string().optional(),
  tags: z.array(z.string()).optional(),
  variants: z.record(z.string(), z.string()).optional(),
  platforms: z.array(z.string()).optional(),
  updatedAt: z.number().optional(),
});

export type MigrationResult = { ok: true; template: Template } | { ok: false; error: string };

/** Upgrades a stored record of any known version to the current schema. Pure; never throws. */
export function migrateTemplate(raw: unknown): MigrationResult {
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'not an object' };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion ?? 1;
  let record: unknown = raw;
  if (version === 1) {
    const v1 = V1Schema.safeParse(raw);
    if (!v1.success) return { ok: false, error: formatIssues(v1.error) };
    const { tags, variants, platforms, abbreviation, updatedAt, ...rest } = v1.data;
    const validAbbr = abbreviation && /^[A-Za-z0-9_-]{1,32}$/.test(abbreviation) ? abbreviation : undefined;
    record = {
      ...rest,
      schemaVersion: 2,
      tags: tags ?? [],
      variants: variants ?? {},
      platforms: (platforms ?? []).filter((p) => (PLATFORM_IDS as readonly string[]).includes(p)),
      ...(validAbbr ? { abbreviation: validAbbr } : {}),
      updatedAt: updatedAt ?? 0,
      source: 'user',
    };
  } else if (version !== TEMPLATE_SCHEMA_VERSION) {
    return { ok: false, error: `unknown schemaVersion ${String(version)}` };
  }
  const parsed = TemplateSchema.safeParse(record);
  return parsed.success
    ? { ok: true, template: parsed.data }
    : { ok: false, error: formatIssues(parsed.error) };
}

/** One line per zod issue: `path: message`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
