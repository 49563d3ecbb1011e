import { z } from 'zod';
import type { ConversationRow } from './read-conversations';

/** What the tracker remembers of a conversation waiting for a reply (also kept across page loads). */
export const WaitingSchema = z.object({
  id: z.string(),
  buyer: z.string(),
  /** Earliest time the buyer's unanswered message was seen to have arrived. */
  receivedAt: z.number(),
  /** Last time the row was on screen. */
  seenAt: z.number(),
});
export type Waiting = z.infer<typeof WaitingSchema>;

export interface Answered {
  id: string;
  receivedAt: number;
  answeredAt: number;
}

/** Rows that leave the screen (virtualized lists) are forgotten after this long unseen. */
const FORGET_MS = 7 * 86_400_000;
/** Relative list times are coarse (up to an hour); a time later than that starts a new wait. */
const NEW_EPISODE_MS = 3_600_000;

/**
 * Per-conversation memory across re-renders and virtualization (pure): the first time a
 * conversation was seen awaiting with a time is kept, so "刚刚" re-read every second does not
 * restart its clock; a relative time read later that points earlier wins (it is the better bound).
 * A row seen no longer awaiting yields an `answered` event.
 */
export class ConversationTracker {
  private readonly waiting = new Map<string, Waiting>();
  /** Waits remembered from an earlier page load: used only when the row is seen awaiting again. */
  private readonly restored = new Map<string, Waiting>();

  /** Seeds memory from an earlier page load (see `all`), so a reload does not restart "刚刚" clocks. */
  restore(entries: readonly Waiting[], now: number): void {
    for (const entry of entries) {
      if (now - entry.seenAt <= FORGET_MS && !this.waiting.has(entry.id)) this.restored.set(entry.id, entry);
    }
  }

  update(rows: readonly ConversationRow[], now: number): Answered[] {
    const answered: Answered[] = [];
    for (const row of rows) {
      const known = this.waiting.get(row.id);
      if (!row.awaiting) {
        this.restored.delete(row.id);
        if (known) {
          answered.push({ id: row.id, receivedAt: known.receivedAt, answeredAt: now });
          this.waiting.delete(row.id);
        }
        continue;
      }
      if (row.receivedAt === null) {
        // Awaiting with no readable time: start from when we first saw it (or an earlier page load did).
        const start = this.restored.get(row.id)?.receivedAt ?? now;
        if (!known)
          this.waiting.set(row.id, { id: row.id, buyer: row.buyer, receivedAt: start, seenAt: now });
        else known.seenAt = now;
        continue;
      }
      const receivedAt = Math.min(row.receivedAt, now);
      if (!known) {
        const earlier = this.restored.get(row.id);
        const start =
          earlier && receivedAt <= earlier.receivedAt + NEW_EPISODE_MS
            ? Math.min(earlier.receivedAt, receivedAt)
            : receivedAt;
        this.waiting.set(row.id, { id: row.id, buyer: row.buyer, receivedAt: start, seenAt: now });
      } else if (receivedAt > known.receivedAt + NEW_EPISODE_MS) {
        // Much later than remembered: answered while off screen, and the buyer wrote again.
        this.waiting.set(row.id, { id: row.id, buyer: row.buyer, receivedAt, seenAt: now });
      } else {
        known.receivedAt = Math.min(known.receivedAt, receivedAt);
        known.seenAt = now;
      }
    }
    for (const row of rows) if (row.awaiting) this.restored.delete(row.id);
    for (const [id, entry] of this.waiting) if (now - entry.seenAt > FORGET_MS) this.waiting.delete(id);
    return answered;
  }

  get(id: string): Waiting | undefined {
    return this.waiting.get(id);
  }

  /** The conversations seen waiting in this page's lifetime (restored memory not included). */
  all(): Waiting[] {
    return [...this.waiting.values()];
  }

  /** What to persist for the next page load: current waits plus restored ones not yet seen again. */
  memory(): Waiting[] {
    return [...this.restored.values(), ...this.waiting.values()];
  }
}
