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

function onScreen(rect: Rect, viewport: Viewport): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  return rect.bottom > 0 && rect.top < viewport.height && rect.right > 0 && rect.left < viewport.width;
}

/** The row's bottom edge (where its badge sits) is inside the scrolling list's visible box. */
function insideList(rect: Rect, list: Rect | undefined): boolean {
  if (!list || (list.width === 0 && list.height === 0)) return true;
  return rect.bottom >= list.top && rect.bottom <= list.bottom + 1;
}

/** Where a conversation row's badge goes (its bottom-right corner); null when the row is not in view. */
export function rowBadgePoint(row: Rect, list: Rect | undefined, viewport: Viewport) {
  return onScreen(row, viewport) && insideList(row, list) ? { x: row.right - 4, y: row.bottom - 1 } : null;
}

/** Where the open conversation's badge goes: over the editor's top-left corner, else the viewport's bottom-left. */
export function editorBadgePoint(editor: Rect | undefined, viewport: Viewport): { x: number; y: number } {
  return editor && onScreen(editor, viewport)
    ? { x: editor.left, y: editor.top - 4 }
    : { x: 16, y: viewport.height - 16 };
}
