import type { AnsweredReport, WaitingReport } from '../messaging/sla';
import { replyDeadline, type SlaState, stateAt } from './deadline';
import type { ReplyPolicy } from './policy-schema';
import type { Answered, Waiting } from './tracker';

/** Deadline and state of every remembered waiting conversation at `now` (pure). */
export function waitingReports(
  policy: ReplyPolicy,
  waiting: readonly Waiting[],
  now: number,
): WaitingReport[] {
  return waiting.map((entry) => {
    const deadline = replyDeadline(policy, entry.receivedAt);
    const state: SlaState = deadline === null ? 'exempt' : stateAt(policy, deadline, now);
    return { id: entry.id, buyer: entry.buyer || undefined, receivedAt: entry.receivedAt, deadline, state };
  });
}

export function answeredReports(policy: ReplyPolicy, answered: readonly Answered[]): AnsweredReport[] {
  return answered.map((entry) => ({ ...entry, deadline: replyDeadline(policy, entry.receivedAt) }));
}

/** Changes only when something the background acts on changes (not every second). */
export function reportSignature(waiting: readonly WaitingReport[]): string {
  return waiting
    .map((w) => `${w.id}|${w.receivedAt}|${w.deadline}|${w.state}`)
    .sort()
    .join('\n');
}
