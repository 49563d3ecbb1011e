import type { Box } from '@/lib/editor/types';

const CHIP_WIDTH_GUESS = 90;
/** The room the chip takes (for what must not sit under it). */
export const CHIP_SIZE = { width: CHIP_WIDTH_GUESS, height: 20 };

/**
 * Where the status chip goes for an editor box: above its top-right corner, or below the box when
 * there is no room above; kept inside the viewport. Null when the editor has no size (hidden).
 */
export function chipPoint(box: Box, viewportWidth: number): { left: number; top: number } | null {
  if (box.width === 0 && box.height === 0) return null;
  const right = box.left + box.width;
  const left = Math.max(0, Math.min(right - CHIP_WIDTH_GUESS, viewportWidth - CHIP_WIDTH_GUESS));
  const top = box.top >= 22 ? box.top - 21 : box.top + box.height + 3;
  return { left, top };
}
