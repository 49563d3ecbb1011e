import { describe, expect, it } from 'vitest';
import { holidaysAhead } from '@/lib/background/holidays';
import { stripRow } from '@/lib/overlay/strip-place';

describe('holidays ahead in the buyer market (date-holidays)', () => {
  it('lists public holidays in the window, across a year end, and none for an unknown country', () => {
    expect(holidaysAhead('ID', '2026-08-10', 14)).toEqual([{ date: '2026-08-17', name: 'Independence Day' }]);
    expect(holidaysAhead('US', '2026-12-28', 7).map((h) => h.date)).toEqual(['2027-01-01']);
    expect(holidaysAhead('BR', '2026-08-10', 3)).toEqual([]);
    expect(holidaysAhead('ZZ', '2026-08-10', 14)).toEqual([]);
  });
});

describe('stripRow', () => {
  it('sits above the editor with room, below it without, and not for a hidden editor', () => {
    expect(stripRow({ left: 100, top: 500, width: 600, height: 80 }, 1280)).toEqual({
      top: 454,
      left: 100,
      right: 580,
      width: 600,
    });
    expect(stripRow({ left: 0, top: 10, width: 600, height: 80 }, 1280)?.top).toBe(116);
    expect(stripRow({ left: 0, top: 0, width: 0, height: 0 }, 1280)).toBeNull();
  });
});
