import { z } from 'zod';
import { SourceSchema, SourceStateSchema, SyncErrorSchema } from '@/lib/rules/sync/types';

/** One row per pack in force or tracked by a source: what the options page shows. */
const PackRowSchema = z.object({
  id: z.string(),
  /** The version in force (bundled or remote); absent when a remote pack was never accepted. */
  version: z.string().optional(),
  name: z.string().optional(),
  platform: z.string().optional(),
  origin: z.enum(['bundled', 'remote', 'none']),
  sourceId: z.string().optional(),
  lastCheck: z.number().optional(),
  nextCheck: z.number().optional(),
  lastError: SyncErrorSchema.optional(),
  templates: z.number().int().min(0).default(0),
  /** Why a source's pack is not in force (a user source cannot replace a bundled or policy pack). */
  note: z.string().optional(),
});
export type PackRow = z.infer<typeof PackRowSchema>;

const SourceRowSchema = SourceSchema.extend({
  /** Fingerprint of the public key, or absent if it cannot be read. */
  keyId: z.string().optional(),
  state: SourceStateSchema.optional(),
});
export type SourceRow = z.infer<typeof SourceRowSchema>;

export const RulesStatusSchema = z.object({
  sources: z.array(SourceRowSchema),
  packs: z.array(PackRowSchema),
  /** Enterprise policy forbids sources added in options. */
  userSourcesDisabled: z.boolean(),
  /** Policy entries that could not be read (the administrator should fix them). */
  policyErrors: z.array(z.string()).default([]),
});
export type RulesStatus = z.infer<typeof RulesStatusSchema>;
