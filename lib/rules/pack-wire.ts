import { z } from 'zod';
import { SEVERITIES } from '@/lib/detect/types';
import { PLATFORM_IDS } from '@/lib/platforms';
import type { Pack } from './pack-schema';

/** The pack format this version reads (`format` in every pack). */
export const PACK_FORMAT = 1;

/**
 * A pack as the background hands it to a content script (`rules.active`). The background validated it
 * in full when it accepted it (PackSchema: every pattern parsed, every limit checked); the content script
 * checks its shape, and does not parse every pattern of every pack again on each page (about 0.2 s of
 * the first focus on a portal page).
 */
export const PackWireSchema = z.looseObject({
  format: z.literal(PACK_FORMAT),
  id: z.string(),
  platform: z.union([z.literal('common'), z.enum(PLATFORM_IDS)]),
  version: z.string(),
  rules: z.array(z.looseObject({ id: z.string(), category: z.string(), severity: z.enum(SEVERITIES) })),
}) as unknown as z.ZodType<Pack>;
