import { addWithinHours, isWithinHours } from './hours';
import type { ReplyPolicy } from './policy-schema';

export type SlaState = 'ok' | 'due-soon' | 'overdue' | 'exempt';

/** Contract 5's answer. */
export interface SlaStatus {
  deadline: Date | null;
  /** Whole seconds left, rounded down (floor); negative once overdue, null when exempt. */
  remainingSeconds: number | null;
  state: SlaState;
}

const MINUTE = 60_000;

/**
 * The deadline a buyer message received at `received` starts, or null when it starts none (received
 * outside `countedHours`, or business windows that never open). Calendar clock: received + duration in
 * real elapsed time (48 h is 48 h even across a DST change). Business clock: the duration counts only
 * inside `businessHours`, from the first window at or after receipt.
 */
export function replyDeadline(policy: ReplyPolicy, received: number): number | null {
  // A deadline depends only on the policy and the receipt time: the badges ask again every second.
  let cache = deadlines.get(policy);
  if (!cache) {
    cache = new Map();
    deadlines.set(policy, cache);
  }
  const known = cache.get(received);
  if (known !== undefined) return known;
  const deadline = computeDeadline(policy, received);
  if (cache.size > 10_000) cache.clear();
  cache.set(received, deadline);
  return deadline;
}

const deadlines = new WeakMap<ReplyPolicy, Map<number, number | null>>();

function computeDeadline(policy: ReplyPolicy, received: number): number | null {
  if (policy.countedHours && !isWithinHours(policy.countedHours, received)) return null;
  const duration = policy.replyWithinMinutes * MINUTE;
  let deadline: number | null;
  if (policy.clock === 'business' && policy.businessHours) {
    deadline = addWithinHours(policy.businessHours, received, duration);
  } else {
    deadline = received + duration;
  }
  if (policy.capMinutes !== undefined) {
    const cap = received + policy.capMinutes * MINUTE;
    deadline = deadline === null ? cap : Math.min(deadline, cap);
  }
  return deadline;
}

/** How long before the deadline `due-soon` starts, in ms. A share is a share of `replyWithinMinutes`. */
function dueSoonLeadMs(policy: ReplyPolicy): number {
  const duration = policy.replyWithinMinutes * MINUTE;
  return 'share' in policy.dueSoon ? duration * policy.dueSoon.share : policy.dueSoon.minutes * MINUTE;
}

/** State at `now` for a known deadline: overdue strictly after it, due-soon within the lead (inclusive). */
export function stateAt(policy: ReplyPolicy, deadline: number, now: number): SlaState {
  const left = deadline - now;
  if (left < 0) return 'overdue';
  return left <= dueSoonLeadMs(policy) ? 'due-soon' : 'ok';
}

/** Floor of the seconds from `now` to `deadline` (never -0). */
export function remainingSeconds(deadline: number, now: number): number {
  return Math.floor((deadline - now) / 1000) || 0;
}

/** Contract 5: deadline, whole seconds left and state for a message received at `received`, seen at `now`. */
export function slaStatus(policy: ReplyPolicy, received: Date | number, now: Date | number): SlaStatus {
  const receivedMs = +received;
  const nowMs = +now;
  const deadline = replyDeadline(policy, receivedMs);
  if (deadline === null) return { deadline: null, remainingSeconds: null, state: 'exempt' };
  return {
    deadline: new Date(deadline),
    remainingSeconds: remainingSeconds(deadline, nowMs),
    state: stateAt(policy, deadline, nowMs),
  };
}

/** The JSON shape the `sla` command prints. */
export function slaStatusJson(status: SlaStatus): {
  deadline: string | null;
  remainingSeconds: number | null;
  state: SlaState;
} {
  return {
    deadline: status.deadline ? status.deadline.toISOString() : null,
    remainingSeconds: status.remainingSeconds,
    state: status.state,
  };
}
