import { describe, expect, it } from 'vitest';
import { editorBadgeSpot, overlapArea, rectAt, rowBadgeSpot } from '@/lib/sla/badge-place';

const rect = (left: number, top: number, width: number, height: number) =>
  rectAt(left, top, { width, height });
const viewport = { width: 1000, height: 800 };
const size = { width: 40, height: 16 };

describe('badge placement', () => {
  it('puts a row badge in free space at the right of its row, clear of the row text', () => {
    const row = rect(0, 120, 300, 60);
    const name = rect(12, 130, 80, 18);
    const time = rect(250, 130, 40, 16); // top-right: the middle is free
    const spot = rowBadgeSpot(row, rect(0, 100, 300, 400), viewport, size, [name, time])!;
    const box = rectAt(spot.left, spot.top, size);
    expect(overlapArea(box, name) + overlapArea(box, time)).toBe(0);
    expect(box.right).toBeLessThanOrEqual(row.right);
    expect(box.left).toBeGreaterThanOrEqual(row.left);
    expect(box.top).toBeGreaterThanOrEqual(row.top);
    expect(box.bottom).toBeLessThanOrEqual(row.bottom);
  });

  it('moves left along the row past text at the right edge, and beside the row when the row is full', () => {
    const row = rect(0, 120, 300, 30);
    const right = rect(200, 120, 100, 30);
    const spot = rowBadgeSpot(row, undefined, viewport, size, [right])!;
    expect(spot.left + size.width).toBeLessThanOrEqual(200);
    const full = rect(0, 120, 300, 30);
    const beside = rowBadgeSpot(row, undefined, viewport, size, [full])!;
    expect(beside.left).toBeGreaterThanOrEqual(300);
  });

  it('draws no row badge while the row is outside its list or off screen', () => {
    const list = rect(0, 100, 300, 400);
    expect(rowBadgeSpot(rect(0, 490, 300, 40), list, viewport, size, [])).toBeNull();
    expect(rowBadgeSpot(rect(0, 900, 300, 40), undefined, viewport, size, [])).toBeNull();
    expect(rowBadgeSpot(rect(0, 0, 0, 0), undefined, viewport, size, [])).toBeNull();
  });

  it('puts the editor badge beside the editor where no text is, never over the editor', () => {
    const editor = rect(300, 600, 600, 100);
    const message = rect(300, 560, 200, 40); // the buyer's message right above the editor's left end
    const spot = editorBadgeSpot(editor, viewport, size, [editor, message]);
    const box = rectAt(spot.left, spot.top, size);
    expect(overlapArea(box, editor)).toBe(0);
    expect(overlapArea(box, message)).toBe(0);
    expect(box.bottom).toBeLessThanOrEqual(editor.top);
    expect(box.left).toBeGreaterThanOrEqual(500);
  });

  it('puts the editor badge at the bottom-left of the viewport when the editor is not on screen', () => {
    expect(editorBadgeSpot(undefined, viewport, size, [])).toEqual({ left: 16, top: 768 });
    expect(editorBadgeSpot(rect(0, 900, 100, 50), viewport, size, [])).toEqual({ left: 16, top: 768 });
  });
});
