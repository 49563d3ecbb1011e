import { z } from 'zod';

const Time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM');

/** Daily windows in an IANA time zone; days are 0 (Sunday) to 6, all days when omitted. */
export const HoursSchema = z.object({
  timeZone: z.string().min(1),
  windows: z
    .array(z.object({ start: Time, end: Time, days: z.array(z.number().int().min(0).max(6)).optional() }))
    .min(1),
});

/** Contract 5: a platform's reply policy. */
export const ReplyPolicySchema = z.object({
  replyWithinMinutes: z.number().positive(),
  countedHours: HoursSchema.optional(),
  clock: z.enum(['calendar', 'business']),
  businessHours: HoursSchema.optional(),
  dueSoon: z.union([
    z.object({ share: z.number().gt(0).lt(1) }),
    z.object({ minutes: z.number().positive() }),
  ]),
  source: z.string().min(1),
});
export type ReplyPolicy = z.infer<typeof ReplyPolicySchema>;
