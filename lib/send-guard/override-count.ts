import { browser } from 'wxt/browser';
import { z } from 'zod';

/** How often the agent sent a reply despite a blocking finding (kept locally, never uploaded). */
export const OVERRIDES_COUNT_KEY = 'sendGuard.overrides';

export const OverrideCountSchema = z.object({
  count: z.number().int().nonnegative().default(0),
  byPlatform: z.record(z.string(), z.number().int().nonnegative()).default({}),
  lastAt: z.number().optional(),
});
export type OverrideCount = z.infer<typeof OverrideCountSchema>;

export function parseOverrideCount(raw: unknown): OverrideCount {
  const parsed = OverrideCountSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : { count: 0, byPlatform: {} };
}

export function addOverride(current: OverrideCount, platform: string, now: number): OverrideCount {
  return {
    count: current.count + 1,
    byPlatform: { ...current.byPlatform, [platform]: (current.byPlatform[platform] ?? 0) + 1 },
    lastAt: now,
  };
}

export async function countOverride(platform: string): Promise<void> {
  const stored = await browser.storage.local.get(OVERRIDES_COUNT_KEY);
  const next = addOverride(parseOverrideCount(stored[OVERRIDES_COUNT_KEY]), platform, Date.now());
  await browser.storage.local.set({ [OVERRIDES_COUNT_KEY]: next });
}
