import { z } from 'zod';
import { DueSoonSchema, HoursSchema, type ReplyPolicy } from './policy-schema';

/** A team's own reply targets, laid over a platform's policy. Every field is optional. */
export const TeamPolicySchema = z.object({
  /** The team's target; it can only tighten the platform's limit. */
  replyWithinMinutes: z.number().positive().optional(),
  /** When set, the team's target counts only inside these windows (business clock). */
  businessHours: HoursSchema.optional(),
  dueSoon: DueSoonSchema.optional(),
});
export type TeamPolicy = z.infer<typeof TeamPolicySchema>;

function leadMinutes(policy: Pick<ReplyPolicy, 'replyWithinMinutes' | 'dueSoon'>): number {
  return 'share' in policy.dueSoon
    ? policy.replyWithinMinutes * policy.dueSoon.share
    : policy.dueSoon.minutes;
}

/**
 * Merges a team policy over a platform's (pure). The result is never looser than the platform:
 * - calendar target: the smaller of both durations;
 * - business-hours target: a business clock with the team's windows, capped by the platform's
 *   calendar limit (`capMinutes`) so the platform deadline still holds across nights and weekends;
 * - `countedHours` stays the platform's (which messages count is the platform's rule);
 * - `dueSoon`: the team's when given, else the platform's; with a fixed lead it never exceeds the duration.
 */
export function mergeTeamPolicy(platform: ReplyPolicy, team: TeamPolicy | undefined): ReplyPolicy {
  if (!team) return platform;
  const merged: ReplyPolicy = { ...platform, source: `${platform.source} + team targets` };
  if (team.businessHours) {
    // The platform's limit in calendar minutes, kept as a cap over the team's business clock.
    const cap = platform.clock === 'calendar' ? platform.replyWithinMinutes : platform.capMinutes;
    merged.clock = 'business';
    merged.businessHours = team.businessHours;
    merged.replyWithinMinutes = team.replyWithinMinutes ?? platform.replyWithinMinutes;
    if (cap !== undefined) merged.capMinutes = Math.min(cap, platform.capMinutes ?? cap);
  } else if (team.replyWithinMinutes !== undefined) {
    merged.replyWithinMinutes = Math.min(team.replyWithinMinutes, platform.replyWithinMinutes);
  }
  if (team.dueSoon) merged.dueSoon = team.dueSoon;
  if ('minutes' in merged.dueSoon && merged.dueSoon.minutes >= merged.replyWithinMinutes) {
    merged.dueSoon = { share: Math.min(0.99, leadMinutes(platform) / platform.replyWithinMinutes) };
  }
  return merged;
}
