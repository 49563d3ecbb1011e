import { describe, expect, it } from 'vitest';
import { bundledPacks } from '@/lib/rules/bundled';
import { replyDeadline } from '@/lib/sla/deadline';
import { ReplyPolicySchema } from '@/lib/sla/policy-schema';
import { mergeTeamPolicy, TeamPolicySchema } from '@/lib/sla/team';

const walmart = bundledPacks().walmart!.reply!;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('mergeTeamPolicy', () => {
  it('returns the platform policy without a team policy', () => {
    expect(mergeTeamPolicy(walmart, undefined)).toBe(walmart);
  });

  it('takes the stricter calendar target, never a looser one', () => {
    expect(mergeTeamPolicy(walmart, { replyWithinMinutes: 720 }).replyWithinMinutes).toBe(720);
    expect(mergeTeamPolicy(walmart, { replyWithinMinutes: 5000 }).replyWithinMinutes).toBe(2880);
  });

  it('uses team business hours capped by the platform calendar limit', () => {
    const team = TeamPolicySchema.parse({
      replyWithinMinutes: 720,
      businessHours: {
        timeZone: 'America/New_York',
        windows: [{ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] }],
      },
    });
    const merged = ReplyPolicySchema.parse(mergeTeamPolicy(walmart, team));
    expect(merged.clock).toBe('business');
    expect(merged.capMinutes).toBe(2880);
    // Monday 09:00: 12 business hours end Tuesday 13:00, before the 48 h cap.
    expect(iso(replyDeadline(merged, Date.parse('2026-11-23T09:00:00-05:00')))).toBe(
      '2026-11-24T18:00:00.000Z',
    );
    // Friday 09:00: 12 business hours would end Monday 13:00; the 48 h cap (Sunday 09:00) wins.
    expect(iso(replyDeadline(merged, Date.parse('2026-11-20T09:00:00-05:00')))).toBe(
      '2026-11-22T14:00:00.000Z',
    );
  });

  it('keeps a fixed due-soon lead shorter than the duration', () => {
    const merged = mergeTeamPolicy(walmart, { replyWithinMinutes: 60 });
    expect(merged.dueSoon).toEqual({ share: 480 / 2880 });
    expect(mergeTeamPolicy(walmart, { dueSoon: { minutes: 30 } }).dueSoon).toEqual({ minutes: 30 });
  });
});
