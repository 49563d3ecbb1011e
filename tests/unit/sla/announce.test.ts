import { describe, expect, it } from 'vitest';
import { StateAnnouncer } from '@/lib/sla/announce';

describe('StateAnnouncer', () => {
  it('announces a conversation turning due-soon or overdue, once, by buyer name or id', () => {
    const announcer = new StateAnnouncer();
    expect(announcer.update([{ id: 'a', buyer: 'Wang', state: 'due-soon' }])).toBeUndefined(); // first seen
    expect(announcer.update([{ id: 'a', buyer: 'Wang', state: 'due-soon' }])).toBeUndefined();
    expect(announcer.update([{ id: 'a', buyer: 'Wang', state: 'overdue' }])).toEqual({
      state: 'overdue',
      name: 'Wang',
    });
    expect(announcer.update([{ id: 'a', buyer: 'Wang', state: 'overdue' }])).toBeUndefined();
    announcer.update([{ id: 'b', state: 'ok' }]);
    expect(announcer.update([{ id: 'b', state: 'due-soon' }])).toEqual({ state: 'due-soon', name: 'b' });
  });

  it('never announces going back to ok, and forgets conversations no longer waiting', () => {
    const announcer = new StateAnnouncer();
    announcer.update([{ id: 'a', state: 'overdue' }]);
    expect(announcer.update([{ id: 'a', state: 'ok' }])).toBeUndefined();
    announcer.update([]);
    expect(announcer.update([{ id: 'a', state: 'overdue' }])).toBeUndefined(); // seen afresh
  });
});
