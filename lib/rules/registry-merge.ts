import type { Source } from '@/lib/rules/sync/types';
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

/** A remote pack left out, and why (the options page shows it on the pack's row). */
export interface Shadowed {
  id: string;
  sourceId: string;
  reason: string;
}

/**
 * The packs in force. Bundled packs are the fallback. Sources are taken in order (policy sources first):
 * a pack replaces a bundled one or another source's with the same id only when it is at least as new, and
 * a source the agent added (not the policy) may never replace a bundled pack or a policy source's pack,
 * nor bring allow-words that silence them, unless the policy says `allowUserOverrides`. Packs of disabled
 * or removed sources are left out.
 */
export function mergeActivePacks(
  bundled: Record<string, Pack>,
  remote: RemotePack[],
  sources: readonly Source[],
  allowUserOverrides = false,
): { entries: Record<string, ActiveEntry>; shadowed: Shadowed[] } {
  const entries: Record<string, ActiveEntry> = {};
  const shadowed: Shadowed[] = [];
  for (const [id, pack] of Object.entries(bundled)) entries[id] = { pack, origin: 'bundled' };
  const managed = new Set(sources.filter((s) => s.managed).map((s) => s.id));
  for (const source of sources) {
    if (!source.enabled) continue;
    const user = !source.managed;
    for (const { pack } of remote.filter((r) => r.sourceId === source.id)) {
      const current = entries[pack.id];
      const guarded = current && (current.origin === 'bundled' || managed.has(current.sourceId ?? ''));
      if (user && guarded && !allowUserOverrides) {
        shadowed.push({
          id: pack.id,
          sourceId: source.id,
          reason: `${pack.id} is a ${current.origin === 'bundled' ? 'bundled' : 'policy'} pack: a source added in options cannot replace it`,
        });
        continue;
      }
      if (current && compareVersions(pack.version, current.pack.version) < 0) continue;
      const { allow, ...rest } = pack;
      const kept = user && allow?.length && !allowUserOverrides ? rest : pack;
      entries[pack.id] = { pack: kept, origin: 'remote', sourceId: source.id };
    }
  }
  return { entries, shadowed };
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
