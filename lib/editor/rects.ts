import { measureControlRanges } from './mirror';
import { mapRichText, pointAt, type TextMap } from './read-text';
import type { Box, Editor, TextControl } from './types';

/** The box that covers the editor in the top viewport: its iframe, its shadow host, or itself. */
export function editorRect(editor: Pick<Editor, 'frame' | 'anchor'>): DOMRect {
  return (editor.frame ?? editor.anchor).getBoundingClientRect();
}

/** Where the editor's content shows on screen (its padding box, in the top viewport), clipped to the viewport. */
function visibleBox(editor: Editor): Box {
  const el = editor.frame ?? editor.el;
  const rect = el.getBoundingClientRect();
  const left = rect.left + el.clientLeft;
  const top = rect.top + el.clientTop;
  const right = Math.min(left + (el.clientWidth || rect.width), window.innerWidth);
  const bottom = Math.min(top + (el.clientHeight || rect.height), window.innerHeight);
  return {
    left: Math.max(left, 0),
    top: Math.max(top, 0),
    width: Math.max(0, right - Math.max(left, 0)),
    height: Math.max(0, bottom - Math.max(top, 0)),
  };
}

/** Intersects a rect with a box; null when nothing is left. */
export function clip(rect: Box, box: Box): Box | null {
  const left = Math.max(rect.left, box.left);
  const top = Math.max(rect.top, box.top);
  const right = Math.min(rect.left + rect.width, box.left + box.width);
  const bottom = Math.min(rect.top + rect.height, box.top + box.height);
  if (right - left < 0.5 || bottom - top < 0.5) return null;
  return { left, top, width: right - left, height: bottom - top };
}

/** The offset of an iframe's viewport inside the top viewport (its content box). */
export function frameOffset(frame: HTMLIFrameElement | null): { x: number; y: number } {
  if (!frame) return { x: 0, y: 0 };
  const rect = frame.getBoundingClientRect();
  const style = getComputedStyle(frame);
  return {
    x: rect.left + frame.clientLeft + (Number.parseFloat(style.paddingLeft) || 0),
    y: rect.top + frame.clientTop + (Number.parseFloat(style.paddingTop) || 0),
  };
}

/**
 * Screen boxes of character ranges of the editor's plain text, clipped to the editor's visible box.
 * Textareas are measured with a mirror in `layer`; contenteditables with DOM Ranges.
 */
export function rangeBoxes(
  editor: Editor,
  ranges: Array<{ start: number; end: number }>,
  layer: Element | ShadowRoot,
  map?: TextMap,
): Box[][] {
  const visible = visibleBox(editor);
  let raw: DOMRect[][];
  if (editor.kind === 'text') {
    raw = measureControlRanges(editor.el as TextControl, ranges, layer);
  } else {
    const textMap = map ?? mapRichText(editor.el);
    const doc = editor.el.ownerDocument;
    raw = ranges.map(({ start, end }) => {
      const range = doc.createRange();
      const from = pointAt(textMap, start);
      const to = pointAt(textMap, end);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return Array.from(range.getClientRects());
    });
  }
  const shift = frameOffset(editor.frame);
  return raw.map((rects) =>
    dedupe(
      rects
        .filter((rect) => rect.width > 0.5 && rect.height > 0.5)
        .map((rect) =>
          clip(
            { left: rect.left + shift.x, top: rect.top + shift.y, width: rect.width, height: rect.height },
            visible,
          ),
        )
        .filter((box): box is Box => box !== null),
    ),
  );
}

/** Range.getClientRects repeats a line's box for nested inline elements: keep boxes not inside another. */
function dedupe(boxes: Box[]): Box[] {
  return boxes.filter(
    (box, index) =>
      !boxes.some(
        (other, j) =>
          j !== index &&
          other.left <= box.left + 0.5 &&
          other.top <= box.top + 0.5 &&
          other.left + other.width >= box.left + box.width - 0.5 &&
          other.top + other.height >= box.top + box.height - 0.5 &&
          (j < index || other.width * other.height > box.width * box.height),
      ),
  );
}
