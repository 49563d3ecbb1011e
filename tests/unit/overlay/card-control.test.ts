import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardControl } from '@/lib/overlay/card-control';
import { chipPoint } from '@/lib/overlay/place';

describe('CardControl', () => {
  let changed: ReturnType<typeof vi.fn<() => void>>;
  let cards: CardControl;
  beforeEach(() => {
    vi.useFakeTimers();
    changed = vi.fn<() => void>();
    cards = new CardControl(changed, 300);
  });
  afterEach(() => vi.useRealTimers());

  it('opens on hover and hides a moment after the pointer leaves the mark', () => {
    cards.hover('a');
    expect(cards.current).toEqual({ key: 'a', focus: false });
    cards.hover('a');
    expect(changed).toHaveBeenCalledTimes(1);
    cards.hover(null);
    vi.advanceTimersByTime(299);
    expect(cards.current).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(cards.current).toBeNull();
  });

  it('stays while the pointer is on the card, and hides after it leaves', () => {
    cards.hover('a');
    cards.hover(null);
    cards.pointerOnCard(true);
    vi.advanceTimersByTime(1000);
    expect(cards.current?.key).toBe('a');
    cards.pointerOnCard(false);
    vi.advanceTimersByTime(300);
    expect(cards.current).toBeNull();
  });

  it('keeps a card opened from the keyboard until closed, with a fix error if any', () => {
    cards.focus('a');
    cards.hover(null);
    vi.advanceTimersByTime(1000);
    expect(cards.current).toEqual({ key: 'a', focus: true });
    cards.focus('a', 'failed');
    expect(cards.current?.error).toBe('failed');
    cards.close();
    expect(cards.current).toBeNull();
  });

  it('forgets the card when its finding is no longer drawn', () => {
    cards.hover('a');
    cards.keepOnly(new Set(['b']));
    expect(cards.current).toBeNull();
  });
});

describe('chip placement', () => {
  it('sits above the editor top-right corner, below it when there is no room, inside the viewport', () => {
    expect(chipPoint({ left: 100, top: 200, width: 400, height: 80 }, 1000)).toEqual({ left: 410, top: 179 });
    expect(chipPoint({ left: 100, top: 10, width: 400, height: 80 }, 1000)).toEqual({ left: 410, top: 93 });
    expect(chipPoint({ left: 900, top: 200, width: 400, height: 80 }, 1000)).toEqual({ left: 910, top: 179 });
    expect(chipPoint({ left: 0, top: 0, width: 0, height: 0 }, 1000)).toBeNull();
  });
});
