import { type TeamPolicy, TeamPolicySchema } from '@/lib/sla/team';

/** The team-target form's fields as typed (strings), before validation. */
export interface TeamDraft {
  minutes: string;
  business: boolean;
  timeZone: string;
  start: string;
  end: string;
  days: number[];
}

export function draftFromTeam(team: TeamPolicy | undefined, defaultZone: string): TeamDraft {
  const window = team?.businessHours?.windows[0];
  return {
    minutes: team?.replyWithinMinutes !== undefined ? String(team.replyWithinMinutes) : '',
    business: Boolean(team?.businessHours),
    timeZone: team?.businessHours?.timeZone ?? defaultZone,
    start: window?.start ?? '09:00',
    end: window?.end ?? '18:00',
    days: window?.days ?? [1, 2, 3, 4, 5],
  };
}

/** Validates a draft: the team policy, undefined for "no team target", or an error message. */
export function teamFromDraft(
  draft: TeamDraft,
): { ok: true; team: TeamPolicy | undefined } | { ok: false; error: string } {
  const minutes = draft.minutes.trim();
  if (!minutes && !draft.business) return { ok: true, team: undefined };
  const candidate = {
    replyWithinMinutes: minutes ? Number(minutes) : undefined,
    businessHours: draft.business
      ? {
          timeZone: draft.timeZone.trim(),
          windows: [{ start: draft.start, end: draft.end, days: [...draft.days].sort() }],
        }
      : undefined,
  };
  const parsed = TeamPolicySchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
  }
  return { ok: true, team: parsed.data };
}
