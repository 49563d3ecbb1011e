import { z } from 'zod';
import { isValidTimeZone } from './zone';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');

/** Daily windows in an IANA time zone; days are 0 (Sunday) to 6, all days when omitted. */
export const HoursSchema = z.object({
  timeZone: z.string().min(1).refine(isValidTimeZone, 'unknown IANA time zone'),
  windows: z
    .array(z.object({ start: Time, end: Time, days: z.array(z.number().int().min(0).max(6)).optional() }))
    .min(1),
});
export type Hours = z.infer<typeof HoursSchema>;

export const DueSoonSchema = z.union([
  z.object({ share: z.number().gt(0).lt(1) }),
  z.object({ minutes: z.number().positive() }),
]);
export type DueSoon = z.infer<typeof DueSoonSchema>;

/** Contract 5: a platform's reply policy. */
export const ReplyPolicySchema = z
  .object({
    replyWithinMinutes: z.number().positive(),
    countedHours: HoursSchema.optional(),
    clock: z.enum(['calendar', 'business']),
    /** Required by the business clock: the clock runs only inside these windows. */
    businessHours: HoursSchema.optional(),
    dueSoon: DueSoonSchema,
    /**
     * Optional hard limit in calendar minutes after receipt; the deadline is never later. Set when a team's
     * business-hours target is merged over a platform's calendar limit (see team.ts).
     */
    capMinutes: z.number().positive().optional(),
    source: z.string().min(1),
  })
  .refine((policy) => policy.clock !== 'business' || policy.businessHours, {
    message: 'a business clock needs businessHours',
    path: ['businessHours'],
  });
export type ReplyPolicy = z.infer<typeof ReplyPolicySchema>;
