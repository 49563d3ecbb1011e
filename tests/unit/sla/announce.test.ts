import { describe, expect, it } from 'vitest';
import { StateAnnouncer } from '@/lib/sla/announce';
import { editorBadgePoint, rowBadgePoint } from '@/lib/sla/badge-place';

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

describe('badge placement', () => {
  const viewport = { width: 1000, height: 800 };
  const rect = (left: number, top: number, width: number, height: number) => ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
  });

  it('puts a row badge at the row corner only while the row shows inside its list', () => {
    const list = rect(0, 100, 300, 400);
    expect(rowBadgePoint(rect(0, 120, 300, 40), list, viewport)).toEqual({ x: 296, y: 159 });
    expect(rowBadgePoint(rect(0, 480, 300, 40), list, viewport)).toBeNull(); // scrolled below the list
    expect(rowBadgePoint(rect(0, 900, 300, 40), undefined, viewport)).toBeNull(); // off screen
    expect(rowBadgePoint(rect(0, 0, 0, 0), undefined, viewport)).toBeNull(); // not laid out
  });

  it('puts the open conversation badge over the editor, or at the bottom-left when it is not on screen', () => {
    expect(editorBadgePoint(rect(50, 600, 400, 100), viewport)).toEqual({ x: 50, y: 596 });
    expect(editorBadgePoint(undefined, viewport)).toEqual({ x: 16, y: 784 });
  });
});
