import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';
import { SelectorsSchema } from '@/lib/portals/selectors';
import { ReplyPolicySchema } from '@/lib/sla/policy-schema';
import type { Pack } from './pack-schema';

/**
 * What a page needs of a pack before the agent types: its selectors and its reply policy, without the
 * words and detectors (the page-wide content features, lib/content/rules-runtime.ts).
 */
export const PagePackSchema = z.object({
  id: z.string(),
  platform: z.union([z.literal('common'), z.enum(PLATFORM_IDS)]),
  version: z.string(),
  reply: ReplyPolicySchema.optional(),
  selectors: SelectorsSchema.optional(),
});
export type PagePack = z.infer<typeof PagePackSchema>;

export function pagePack({ id, platform, version, reply, selectors }: Pack): PagePack {
  return { id, platform, version, reply, selectors };
}
