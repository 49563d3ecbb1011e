import { isAllowedSourceUrl, type ManagedPolicy, type Source } from '@/lib/rules/sync/types';

/** Policy sources first (always enabled, not removable), then the agent's unless policy forbids them. */
export function mergeSources(user: Source[], policy: ManagedPolicy): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  for (const entry of policy.sources) {
    if (!isAllowedSourceUrl(entry.url) || seen.has(entry.url)) continue;
    seen.add(entry.url);
    out.push({ id: entry.url, url: entry.url, publicKey: entry.publicKey, enabled: true, managed: true });
  }
  if (policy.disableUserSources) return out;
  for (const source of user) {
    if (seen.has(source.id)) continue;
    seen.add(source.id);
    out.push({ ...source, managed: false });
  }
  return out;
}
