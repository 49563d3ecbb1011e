import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';
import { TemplateSchema } from '@/lib/templates/schema';
import { defineMessage } from './define';

const Base = z.number().min(0).nullable();
const PinyinKeysSchema = z.object({ full: z.string(), initials: z.string() });
/** Templates, with their titles' pinyin keys by id (content scripts do not load the pinyin dictionary). */
const TemplateList = z.object({
  templates: z.array(TemplateSchema),
  pinyin: z.record(z.string(), PinyinKeysSchema).default({}),
});

/**
 * Templates for a platform (in scope only), ranked by `query` or, when empty, recent/frequent first.
 * Without a platform: every template (the options page). Includes read-only team templates from packs.
 * A content script gets only its own platform's (the platform of its URL), at most 1000.
 */
export const ListTemplates = defineMessage(
  'templates.list',
  z.object({
    platform: z.enum(PLATFORM_IDS).optional(),
    query: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(5000).optional(),
  }),
  TemplateList,
  'content',
);

export const GetTemplate = defineMessage(
  'templates.get',
  z.object({ id: z.string().min(1) }),
  z.object({ template: TemplateSchema.nullable() }),
  'content',
);

/** Counts an insertion (for "recent/frequent first"). Team templates are not counted. */
export const RecordTemplateUse = defineMessage(
  'templates.recordUse',
  z.object({ id: z.string().min(1) }),
  z.object({ recorded: z.boolean() }),
  'content',
);

/** Create (`base` null) or update (`base` = the `updatedAt` the edit started from). Errors start with "Conflict:" on a stale base. */
export const PutTemplate = defineMessage(
  'templates.put',
  z.object({ template: TemplateSchema, base: Base }),
  z.object({ template: TemplateSchema }),
);

export const DeleteTemplate = defineMessage(
  'templates.delete',
  z.object({ id: z.string().min(1), base: z.number().min(0) }),
  z.object({}),
);

/** Applies a planned import in one transaction (all or nothing). */
export const ImportTemplates = defineMessage(
  'templates.import',
  z.object({ writes: z.array(z.object({ template: TemplateSchema, base: Base })).max(5000) }),
  z.object({ count: z.number().int() }),
);

/** Adds back the starter templates the agent deleted. */
export const RestoreStarterTemplates = defineMessage(
  'templates.restoreStarter',
  z.object({}),
  z.object({ added: z.number().int() }),
);
