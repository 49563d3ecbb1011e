import type { Pack } from './pack-schema';
import { compareVersions } from './version';

export interface RemotePack {
  pack: Pack;
  sourceId: string;
}

export interface ActiveEntry {
  pack: Pack;
  origin: 'bundled' | 'remote';
  sourceId?: string;
}

/**
 * The packs in force: bundled packs as the fallback, replaced by an accepted remote pack with the same id
 * when it is at least as new (an extension update with a newer bundled pack wins), plus the team's own packs.
 * Packs from disabled or removed sources are left out.
 */
export function mergeActivePacks(
  bundled: Record<string, Pack>,
  remote: RemotePack[],
  enabledSources: ReadonlySet<string>,
): Record<string, ActiveEntry> {
  const out: Record<string, ActiveEntry> = {};
  for (const [id, pack] of Object.entries(bundled)) out[id] = { pack, origin: 'bundled' };
  for (const { pack, sourceId } of remote) {
    if (!enabledSources.has(sourceId)) continue;
    const current = out[pack.id];
    if (current && compareVersions(pack.version, current.pack.version) < 0) continue;
    out[pack.id] = { pack, origin: 'remote', sourceId };
  }
  return out;
}

/** Trims, drops empties and duplicates (keeps the first spelling). */
export function cleanTerms(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const term = raw.trim();
    if (!term || seen.has(term)) continue;
    seen.add(term);
    out.push(term);
  }
  return out;
}
