import type { AnsweredReport, WaitingReport } from '@/lib/messaging/sla';
import { replyDeadline, type SlaState, stateAt } from './deadline';
import type { ReplyPolicy } from './policy-schema';
import type { Answered, Waiting } from './tracker';

/** Limits of the `sla.report` message schema: longer ids are skipped, longer names cut. */
const MAX_ID = 200;
const MAX_ITEMS = 2000;

/** Deadline and state of every remembered waiting conversation at `now` (pure). */
export function waitingReports(
  policy: ReplyPolicy,
  waiting: readonly Waiting[],
  now: number,
): WaitingReport[] {
  return waiting
    .filter((entry) => entry.id.length <= MAX_ID)
    .slice(0, MAX_ITEMS)
    .map((entry) => {
      const raw = replyDeadline(policy, entry.receivedAt);
      const deadline = raw === null ? null : Math.round(raw);
      const state: SlaState = deadline === null ? 'exempt' : stateAt(policy, deadline, now);
      const buyer = entry.buyer ? entry.buyer.slice(0, MAX_ID) : undefined;
      return { id: entry.id, buyer, receivedAt: Math.round(entry.receivedAt), deadline, state };
    });
}

export function answeredReports(policy: ReplyPolicy, answered: readonly Answered[]): AnsweredReport[] {
  return answered
    .filter((entry) => entry.id.length <= MAX_ID)
    .slice(0, MAX_ITEMS)
    .map((entry) => ({
      id: entry.id,
      receivedAt: Math.round(entry.receivedAt),
      answeredAt: Math.round(entry.answeredAt),
      deadline: roundOrNull(replyDeadline(policy, entry.receivedAt)),
    }));
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

/** Changes only when something the background acts on changes (not every second). */
export function reportSignature(waiting: readonly WaitingReport[]): string {
  return waiting
    .map((w) => `${w.id}|${w.receivedAt}|${w.deadline}|${w.state}`)
    .sort()
    .join('\n');
}

/** A report to the background: the whole waiting set, and the conversations answered since the last one. */
export interface SlaReportBody {
  waiting: WaitingReport[];
  answered: AnsweredReport[];
}

/**
 * Sends the background the waiting set whenever something it acts on changes, with the conversations
 * answered meanwhile. A failed send is repeated with the next call (the whole set again).
 */
export class SlaReporter {
  private signature = '';
  private pending: AnsweredReport[] = [];

  constructor(private readonly send: (report: SlaReportBody) => Promise<unknown>) {}

  answered(list: readonly AnsweredReport[]): void {
    this.pending.push(...list);
  }

  /** Reports the next set even if unchanged (the policy changed). */
  again(): void {
    this.signature = '';
  }

  report(waiting: WaitingReport[]): void {
    const signature = reportSignature(waiting);
    if (signature === this.signature && !this.pending.length) return;
    this.signature = signature;
    const answered = this.pending;
    this.pending = [];
    this.send({ waiting, answered }).catch(() => {
      // Background asleep or reloading: the next call reports the whole set again.
      this.signature = '';
    });
  }
}
