import type { PlatformId } from '@/lib/platforms';
import type { Pack } from '@/lib/rules/pack-schema';
import type { ReplyPolicy } from './policy-schema';
import type { SlaSettings } from './settings';
import { mergeTeamPolicy } from './team';

/**
 * The reply policy in force on a platform: the last pack of that platform with a `reply` policy
 * (team packs come after the platform's own), with the team's targets from settings merged over it.
 */
export function policyFor(
  packs: readonly Pick<Pack, 'platform' | 'reply'>[],
  platform: PlatformId,
  settings?: Pick<SlaSettings, 'teams'>,
): ReplyPolicy | undefined {
  const own = packs.filter((pack) => pack.platform === platform && pack.reply);
  const base = own[own.length - 1]?.reply;
  if (!base) return undefined;
  return mergeTeamPolicy(base, settings?.teams[platform]);
}

/** The zone a platform's days are counted in: the policy's own windows, else the portal's zone. */
export function policyTimeZone(policy: ReplyPolicy | undefined, fallback: string): string {
  return policy?.countedHours?.timeZone ?? policy?.businessHours?.timeZone ?? fallback;
}
