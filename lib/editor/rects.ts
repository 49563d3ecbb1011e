import { boxInTop, intersect, viewClip, viewOffset } from './frames';
import { measureControlRanges } from './mirror';
import { mapRichText, pointAt, type TextMap } from './read-text';
import type { Box, Editor, TextControl } from './types';

/** The box that covers the editor in our viewport: its shadow host, the frame it fills, or itself. */
export function editorRect(editor: Pick<Editor, 'anchor'>): DOMRect {
  const box = boxInTop(editor.anchor);
  return new DOMRect(box.left, box.top, box.width, box.height);
}

/** Where the editor's content shows on screen (its padding box, in our viewport), clipped to what is visible. */
function visibleBox(editor: Editor): Box {
  const el = editor.anchor === editor.frame ? editor.frame : editor.el;
  const rect = boxInTop(el);
  // Under a CSS transform the box on screen is scaled; client sizes are not.
  const sx = el.offsetWidth ? rect.width / el.offsetWidth : 1;
  const sy = el.offsetHeight ? rect.height / el.offsetHeight : 1;
  const padding = {
    left: rect.left + el.clientLeft * sx,
    top: rect.top + el.clientTop * sy,
    width: el.clientWidth ? el.clientWidth * sx : rect.width,
    height: el.clientHeight ? el.clientHeight * sy : rect.height,
  };
  const clipped = intersect(padding, viewClip(el.ownerDocument.defaultView));
  return clipped ?? { left: padding.left, top: padding.top, width: 0, height: 0 };
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
  const shift = viewOffset(editor.el.ownerDocument.defaultView);
  return raw.map((rects) =>
    dedupe(
      rects
        .filter((rect) => rect.width > 0.5 && rect.height > 0.5)
        .map((rect) =>
          intersect(
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
