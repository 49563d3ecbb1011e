import { z } from 'zod';

/**
 * A signed index listing several packs of one source. The index is signed (index.json.sig); each pack
 * file is bound to it by its SHA-256, so pack files need no signature of their own.
 */
export const PackIndexSchema = z.object({
  format: z.literal(1),
  kind: z.literal('replyguard-pack-index'),
  /**
   * Raised by the publisher with every new index (the signature covers it): an index below the highest
   * sequence a source has served is refused, so an older signed index cannot be replayed. Absent in
   * indexes made before it existed: read as 0 (lib/rules/sync/sync-source.ts, docs/rule-packs.md).
   */
  sequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  packs: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
        version: z.string().regex(/^\d+\.\d+\.\d+$/),
        /** Relative to the index URL (or absolute). */
        path: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(100),
});
export type PackIndex = z.infer<typeof PackIndexSchema>;

export function looksLikeIndex(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'replyguard-pack-index'
  );
}
