import type { SlaState } from './deadline';

export interface Announcement {
  state: 'due-soon' | 'overdue';
  /** The buyer's name, or the conversation id when the row shows none. */
  name: string;
}

/**
 * Remembers each waiting conversation's last state and tells which one just became due-soon or
 * overdue (for the screen reader's live region). A conversation first seen in a state, or no longer
 * waiting, is not announced; the last change in the list wins.
 */
export class StateAnnouncer {
  private readonly last = new Map<string, SlaState>();

  update(waiting: ReadonlyArray<{ id: string; buyer?: string; state: SlaState }>): Announcement | undefined {
    let said: Announcement | undefined;
    for (const entry of waiting) {
      const before = this.last.get(entry.id);
      if (before && before !== entry.state && (entry.state === 'due-soon' || entry.state === 'overdue')) {
        said = { state: entry.state, name: entry.buyer ?? entry.id };
      }
      this.last.set(entry.id, entry.state);
    }
    const current = new Set(waiting.map((entry) => entry.id));
    for (const id of this.last.keys()) if (!current.has(id)) this.last.delete(id);
    return said;
  }
}
