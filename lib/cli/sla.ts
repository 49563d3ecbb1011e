import { isPlatformId, type PlatformId } from '@/lib/platforms';
import { bundledPacks } from '@/lib/rules/bundled';
import { type SlaState, slaStatus, slaStatusJson } from '@/lib/sla/deadline';
import { parseIsoInstant } from '@/lib/sla/iso';

export class UsageError extends Error {}

export const SLA_USAGE =
  'usage: npm run --silent sla -- --platform <id> --received <ISO 8601> [--now <ISO 8601>]';

export interface SlaArgs {
  platform: PlatformId;
  received: number;
  now: number;
}

/** Parses `--flag value` / `--flag=value` arguments; throws UsageError on anything wrong. */
export function parseSlaArgs(argv: string[], defaultNow: number): SlaArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(platform|received|now)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument: ${arg}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${match[1]} needs a value`);
    if (match[1]! in values) throw new UsageError(`--${match[1]} given twice`);
    values[match[1]!] = value;
  }
  const { platform, received, now } = values;
  if (!platform) throw new UsageError('--platform is required');
  if (!isPlatformId(platform)) throw new UsageError(`unknown platform: ${platform}`);
  if (!received) throw new UsageError('--received is required');
  const receivedMs = parseIsoInstant(received);
  if (receivedMs === null) throw new UsageError(`--received is not an ISO 8601 time: ${received}`);
  const nowMs = now === undefined ? defaultNow : parseIsoInstant(now);
  if (nowMs === null) throw new UsageError(`--now is not an ISO 8601 time: ${now}`);
  return { platform, received: receivedMs, now: nowMs };
}

/** Contract 5: the command's JSON answer from the bundled pack's reply policy. */
export function runSla(args: SlaArgs): {
  deadline: string | null;
  remainingSeconds: number | null;
  state: SlaState;
} {
  const policy = bundledPacks()[args.platform]?.reply;
  if (!policy) throw new UsageError(`platform ${args.platform} has no reply policy`);
  return slaStatusJson(slaStatus(policy, args.received, args.now));
}
