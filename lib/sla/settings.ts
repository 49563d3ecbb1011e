import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';
import { TeamPolicySchema } from './team';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);

export const SlaSettingsSchema = z.object({
  /** Draw countdown badges on conversation rows and by the reply box. */
  badges: z.boolean().default(true),
  /** A team's own targets per platform, merged over the pack policy (team.ts). */
  teams: z.partialRecord(z.enum(PLATFORM_IDS), TeamPolicySchema).default({}),
  alerts: z
    .object({
      enabled: z.boolean().default(true),
      /** Notify this many minutes before the deadline (0: only when overdue). */
      leadMinutes: z
        .number()
        .min(0)
        .max(24 * 60)
        .default(5),
      notifyOverdue: z.boolean().default(true),
      /** No notifications between start and end (local time of the browser); off when absent. */
      quietHours: z.object({ start: Time, end: Time }).optional(),
    })
    .default({ enabled: true, leadMinutes: 5, notifyOverdue: true }),
});
export type SlaSettings = z.infer<typeof SlaSettingsSchema>;
