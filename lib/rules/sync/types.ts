import { z } from 'zod';

/** Where a team's packs come from: a pack file or a signed index, and the key that signs it. */
export const SourceSchema = z.object({
  id: z.string().min(1),
  url: z
    .string()
    .url()
    .refine(isAllowedSourceUrl, 'https only (http is allowed for localhost and 127.0.0.1 when testing)'),
  /** Base64 SPKI (PEM armour allowed) or a JWK in JSON. */
  publicKey: z.string().min(1),
  enabled: z.boolean().default(true),
  /** Forced by enterprise policy (storage.managed): cannot be removed or disabled in options. */
  managed: z.boolean().default(false),
});
export type Source = z.infer<typeof SourceSchema>;

/** What enterprise policy may set (public/managed-schema.json mirrors it). */
export const ManagedPolicySchema = z.object({
  sources: z.array(z.object({ url: z.string().min(1), publicKey: z.string().min(1) })).default([]),
  disableUserSources: z.boolean().default(false),
  /** Sources added in options may replace bundled and policy packs (off: they may only add packs). */
  allowUserOverrides: z.boolean().default(false),
  /** Policy entries that could not be read (shown in options so an administrator sees them). */
  errors: z.array(z.string()).default([]),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

export function isAllowedSourceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}

const SYNC_ERROR_KINDS = [
  'network',
  'timeout',
  'http',
  'too-large',
  'html',
  'empty',
  'json',
  'schema',
  'signature',
  'digest',
  'version',
  'compile',
  'key',
] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

export const SyncErrorSchema = z.object({
  kind: z.enum(SYNC_ERROR_KINDS),
  message: z.string(),
  /** Epoch ms. */
  at: z.number(),
});
export type SyncErrorInfo = z.infer<typeof SyncErrorSchema>;

/** A failure with a kind the options page can show and tests can assert. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

const PackStateSchema = z.object({
  id: z.string(),
  /** The version in force from this source, if any was accepted. */
  version: z.string().optional(),
  sourceId: z.string(),
  lastCheck: z.number().optional(),
  nextCheck: z.number().optional(),
  lastError: SyncErrorSchema.optional(),
});
export type PackState = z.infer<typeof PackStateSchema>;

export const SourceStateSchema = z.object({
  sourceId: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastCheck: z.number().optional(),
  nextCheck: z.number().optional(),
  /** Consecutive failures: drives the backoff. */
  failures: z.number().int().min(0).default(0),
  lastError: SyncErrorSchema.optional(),
  /** Epoch ms of the last check that completed without a source-level error. */
  lastSuccess: z.number().optional(),
  packs: z.record(z.string(), PackStateSchema).default({}),
});
export type SourceState = z.infer<typeof SourceStateSchema>;

/** A pack accepted from a source: its exact bytes are kept so the signature can be rechecked. */
export interface AcceptedPack {
  id: string;
  version: string;
  sourceId: string;
  acceptedAt: number;
  /** The pack JSON text exactly as served. */
  text: string;
}

/**
 * What a source was ever seen to serve, kept after a pack is removed and across failures, so a replayed
 * older index or pack is refused: the highest signed index sequence (0 for indexes without one) with the
 * digest of that index, and per pack the highest version accepted with the digest of its bytes. Bound to
 * the source's public key: a source re-added with another key starts over.
 */
export const HighWaterSchema = z.object({
  publicKey: z.string(),
  sequence: z.number().int().min(0).default(0),
  indexSha256: z.string().optional(),
  packs: z.record(z.string(), z.object({ version: z.string(), sha256: z.string() })).default({}),
});
export type HighWater = z.infer<typeof HighWaterSchema>;
