import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isAllowedSourceUrl, type Source, SourceSchema } from '@/lib/rules/sync/types';

/** storage.local key of the sources the agent added in options. */
export const USER_SOURCES_KEY = 'rules.sources';

/** What enterprise policy may set (public/managed-schema.json mirrors it). */
export const ManagedPolicySchema = z.object({
  sources: z.array(z.object({ url: z.string(), publicKey: z.string().min(1) })).default([]),
  disableUserSources: z.boolean().default(false),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

export async function loadUserSources(): Promise<Source[]> {
  const stored = await browser.storage.local.get(USER_SOURCES_KEY);
  const parsed = z.array(SourceSchema).safeParse(stored[USER_SOURCES_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

export async function saveUserSources(sources: Source[]): Promise<void> {
  await browser.storage.local.set({ [USER_SOURCES_KEY]: sources });
}

/** Enterprise policy; empty when storage.managed is missing (Firefox without policies, tests) or fails. */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return ManagedPolicySchema.parse({});
    const raw = await managed.get(['sources', 'disableUserSources']);
    const parsed = ManagedPolicySchema.safeParse(raw ?? {});
    return parsed.success ? parsed.data : ManagedPolicySchema.parse({});
  } catch {
    return ManagedPolicySchema.parse({});
  }
}

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
