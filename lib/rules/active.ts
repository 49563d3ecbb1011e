import type { PlatformId } from '@/lib/platforms';
import { bundledPacks } from './bundled';
import type { Pack } from './pack-schema';

/*
 * What the background publishes in storage.local for content scripts (they cannot open IndexedDB): the
 * packs in force by pack id (lib/storage/items.ts `activePacks`) and local overrides (`ruleOverrides`).
 */

/** The bundled packs, each replaced by the published pack filed under its own id (a pack under another id is ignored). */
export function withBundled(published: Record<string, Pack>): Record<string, Pack> {
  const packs: Record<string, Pack> = { ...bundledPacks() };
  for (const [id, pack] of Object.entries(published)) if (pack.id === id) packs[id] = pack;
  return packs;
}

/** The packs that apply to a platform: `common`, then the platform's own, then team packs scoped to it. */
export function packsForPlatform(packs: Record<string, Pack>, platform: PlatformId): Pack[] {
  const list = Object.values(packs);
  const common = list.filter((pack) => pack.platform === 'common');
  const own = platform === 'generic' ? [] : list.filter((pack) => pack.platform === platform);
  const order = (pack: Pack) => (pack.id === pack.platform ? 0 : 1);
  return [...common.sort((a, b) => order(a) - order(b)), ...own.sort((a, b) => order(a) - order(b))];
}
