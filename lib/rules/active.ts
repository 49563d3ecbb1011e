import { z } from 'zod';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacks } from './bundled';
import { type Pack, PackSchema } from './pack-schema';

/**
 * What the background publishes in storage.local for content scripts (they cannot open IndexedDB):
 * the packs in force, keyed by pack id, and the agent's or team's local overrides.
 */
export const ACTIVE_PACKS_KEY = 'rules.activePacks';
export const OVERRIDES_KEY = 'rules.overrides';

export const OverridesSchema = z.object({
  terms: z.array(z.string().min(1)).default([]),
  allow: z.array(z.string().min(1)).default([]),
});
export type Overrides = z.infer<typeof OverridesSchema>;

/** Parses the published packs; any invalid pack is replaced by its bundled twin. */
export function parseActivePacks(raw: unknown): Record<string, Pack> {
  const packs: Record<string, Pack> = { ...bundledPacks() };
  if (raw && typeof raw === 'object') {
    for (const [id, value] of Object.entries(raw)) {
      const parsed = PackSchema.safeParse(value);
      if (parsed.success && parsed.data.id === id) packs[id] = parsed.data;
    }
  }
  return packs;
}

export function parseOverrides(raw: unknown): Overrides {
  const parsed = OverridesSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : { terms: [], allow: [] };
}

/** The packs that apply to a platform: `common`, then the platform's own, then team packs scoped to it. */
export function packsForPlatform(packs: Record<string, Pack>, platform: PlatformId): Pack[] {
  const list = Object.values(packs);
  const common = list.filter((pack) => pack.platform === 'common');
  const own = platform === 'generic' ? [] : list.filter((pack) => pack.platform === platform);
  const order = (pack: Pack) => (pack.id === pack.platform ? 0 : 1);
  return [...common.sort((a, b) => order(a) - order(b)), ...own.sort((a, b) => order(a) - order(b))];
}
