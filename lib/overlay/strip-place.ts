import type { Box } from '@/lib/editor/types';

/** Room the row needs above the editor: its own height plus the chip and badge row below it. */
const ROW_ABOVE = 46;

/**
 * Where the suggestion strip (left) and the buyer line (right) go for an editor box: one row above the
 * chip and badge row, or below the editor when there is no room above. Null when the editor has no size.
 */
export function stripRow(
  box: Box,
  viewportWidth: number,
): { top: number; left: number; right: number; width: number } | null {
  if (box.width === 0 && box.height === 0) return null;
  const top = box.top >= ROW_ABOVE + 4 ? box.top - ROW_ABOVE : box.top + box.height + 26;
  const left = Math.max(0, box.left);
  const right = Math.max(0, viewportWidth - (box.left + box.width));
  return { top, left, right, width: Math.max(0, Math.min(box.width, viewportWidth - left - right)) };
}
