import { z } from 'zod';

/** How often the agent sent a reply despite a blocking finding (kept locally, never uploaded). */
export const OverrideCountSchema = z.object({
  count: z.number().int().nonnegative().default(0),
  byPlatform: z.record(z.string(), z.number().int().nonnegative()).default({}),
  lastAt: z.number().optional(),
});
export type OverrideCount = z.infer<typeof OverrideCountSchema>;

export function addOverride(current: OverrideCount, platform: string, now: number): OverrideCount {
  return {
    count: current.count + 1,
    byPlatform: { ...current.byPlatform, [platform]: (current.byPlatform[platform] ?? 0) + 1 },
    lastAt: now,
  };
}
