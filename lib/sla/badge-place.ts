/** A rectangle in viewport coordinates, as `getBoundingClientRect` gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where a badge's box starts (its top-left corner). */
export interface Spot {
  left: number;
  top: number;
}

/** Room between a badge and what it sits by. */
const GAP = 3;
/** Room kept free left and right of a badge. */
const AIR = 4;
/** How far apart the spots tried along an edge are. */
const STEP = 6;

export function rectAt(left: number, top: number, size: Size): Rect {
  return {
    left,
    top,
    width: size.width,
    height: size.height,
    right: left + size.width,
    bottom: top + size.height,
  };
}

/** How much two rectangles overlap (area; 0 when they only touch). */
export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0.5 && height > 0.5 ? width * height : 0;
}

const inside = (box: Rect, bounds: Rect) =>
  box.left >= bounds.left - 0.5 &&
  box.top >= bounds.top - 0.5 &&
  box.right <= bounds.right + 0.5 &&
  box.bottom <= bounds.bottom + 0.5;

/**
 * The first candidate inside `bounds` that covers no obstacle; when every one covers something, the
 * one covering least (the earliest of equals). Null when no candidate fits in `bounds`.
 */
export function firstFree(candidates: Rect[], obstacles: readonly Rect[], bounds: Rect): Rect | null {
  let best: { box: Rect; covered: number } | null = null;
  for (const box of candidates) {
    if (!inside(box, bounds)) continue;
    // A little air on the sides, so a badge never reads as part of the text beside it.
    const roomy = { ...box, left: box.left - AIR, right: box.right + AIR, width: box.width + 2 * AIR };
    const covered = obstacles.reduce((sum, obstacle) => sum + overlapArea(roomy, obstacle), 0);
    if (covered === 0) return box;
    if (!best || covered < best.covered) best = { box, covered };
  }
  return best?.box ?? null;
}

const viewportRect = (viewport: Viewport): Rect => rectAt(0, 0, viewport);
const covers = (box: Rect, obstacles: readonly Rect[]) =>
  obstacles.some((obstacle) => overlapArea(box, obstacle) > 0);

function intersect(a: Rect, b: Rect): Rect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.max(left, Math.min(a.right, b.right));
  const bottom = Math.max(top, Math.min(a.bottom, b.bottom));
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

/** Spots along a horizontal band from `from` to `to` (either way), `STEP` apart. */
function along(from: number, to: number, top: number, size: Size): Rect[] {
  const spots: Rect[] = [];
  const step = from <= to ? STEP : -STEP;
  for (let left = from; step > 0 ? left <= to : left >= to; left += step) spots.push(rectAt(left, top, size));
  return spots;
}

/**
 * Where a conversation row's badge goes: in free space inside the row (its right half first, at the
 * middle, then the bottom and the top), else just beside the row; never over text (`obstacles`: the
 * text boxes around, other badges). Null when the row is not in view inside its scrolling list.
 */
export function rowBadgeSpot(
  row: Rect,
  list: Rect | undefined,
  viewport: Viewport,
  size: Size,
  obstacles: readonly Rect[],
): Spot | null {
  if (row.width === 0 && row.height === 0) return null;
  const view =
    list && (list.width > 0 || list.height > 0)
      ? intersect(list, viewportRect(viewport))
      : viewportRect(viewport);
  const shown = intersect(row, view);
  if (shown.height < Math.min(row.height, size.height)) return null;
  const middle = row.top + (row.height - size.height) / 2;
  const rows = [middle, row.bottom - size.height - 1, row.top + 1];
  const right = row.right - size.width - GAP;
  const insideRow = rows.flatMap((top) => along(right, row.left + row.width / 2, top, size));
  const found = firstFree(insideRow, obstacles, intersect(row, view));
  if (found && !covers(found, obstacles)) return found;
  const beside = [rectAt(row.right + GAP, middle, size), rectAt(row.left - size.width - GAP, middle, size)];
  const outside = firstFree(beside, obstacles, viewportRect(viewport));
  if (outside && !covers(outside, obstacles)) return outside;
  return found ?? outside;
}

/**
 * Where the open conversation's badge goes: beside the reply box in free space (above it from its
 * left end, then below it, then at its sides), never over the editor or text around it
 * (`obstacles`: the editor, the text boxes around it, our status chip, other badges); the viewport's
 * bottom-left corner when the editor is not on screen.
 */
export function editorBadgeSpot(
  editor: Rect | undefined,
  viewport: Viewport,
  size: Size,
  obstacles: readonly Rect[],
): Spot {
  const corner = { left: 16, top: viewport.height - 16 - size.height };
  if (!editor || (editor.width === 0 && editor.height === 0)) return corner;
  if (editor.bottom <= 0 || editor.top >= viewport.height) return corner;
  const above = editor.top - size.height - GAP;
  const below = editor.bottom + GAP;
  const candidates = [
    ...along(editor.left, editor.right - size.width, above, size),
    ...along(editor.left, editor.right - size.width, below, size),
    rectAt(editor.left - size.width - GAP, editor.top, size),
    rectAt(editor.right + GAP, editor.top, size),
    rectAt(editor.left - size.width - GAP, editor.bottom - size.height, size),
    rectAt(editor.right + GAP, editor.bottom - size.height, size),
  ];
  return firstFree(candidates, obstacles, viewportRect(viewport)) ?? corner;
}
