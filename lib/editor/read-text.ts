import type { Editor, TextControl } from './types';

/** A DOM position (as in Range.setStart). */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** A piece of the plain text: a run of a text node, or one '\n' from a <br> or a block boundary. */
type Segment =
  | { kind: 'text'; start: number; node: Text }
  | { kind: 'break'; start: number; before: DomPoint; after: DomPoint };

/** The plain text of a rich editor and how its offsets map to DOM positions. */
export interface TextMap {
  text: string;
  segments: Segment[];
  root: HTMLElement;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function pointBefore(node: Node): DomPoint {
  const parent = node.parentNode!;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) };
}
function pointAfter(node: Node): DomPoint {
  const before = pointBefore(node);
  return { node: before.node, offset: before.offset + 1 };
}

/**
 * Walks a contenteditable the way `innerText` reads it for sending: text nodes as they are, `<br>` as
 * '\n', and one '\n' between block elements (never two in a row from block edges alone).
 */
export function mapRichText(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  let text = '';
  let pendingBreak: DomPoint | null = null;
  const pushBreak = (before: DomPoint, after: DomPoint) => {
    segments.push({ kind: 'break', start: text.length, before, after });
    text += '\n';
  };
  const flush = (at: DomPoint) => {
    if (pendingBreak && text.length > 0 && !text.endsWith('\n')) pushBreak(pendingBreak, at);
    pendingBreak = null;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (!value) continue;
        flush({ node: child, offset: 0 });
        segments.push({ kind: 'text', start: text.length, node: child as Text });
        text += value;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'BR') {
          flush(pointBefore(el));
          pushBreak(pointBefore(el), pointAfter(el));
          continue;
        }
        const block = BLOCKS.has(el.tagName);
        if (block) pendingBreak = pendingBreak ?? pointBefore(el);
        walk(el);
        if (block) pendingBreak = pointAfter(el);
      }
    }
  };
  walk(root);
  return { text, segments, root };
}

/** The DOM position of a text offset (clamped to the text). */
export function pointAt(map: TextMap, offset: number): DomPoint {
  const at = Math.max(0, Math.min(offset, map.text.length));
  let last: DomPoint = { node: map.root, offset: 0 };
  for (const segment of map.segments) {
    if (segment.kind === 'text') {
      const length = segment.node.data.length;
      if (at <= segment.start + length) {
        if (at >= segment.start) return { node: segment.node, offset: at - segment.start };
        return last;
      }
      last = { node: segment.node, offset: length };
    } else {
      if (at === segment.start) return segment.before;
      if (at < segment.start) return last;
      last = segment.after;
    }
  }
  return map.segments.length ? last : { node: map.root, offset: map.root.childNodes.length };
}

/** The text offset of a DOM position inside the editor (e.g. the caret), or null when outside. */
export function offsetAt(map: TextMap, point: DomPoint): number | null {
  if (point.node.nodeType === 3) {
    for (const segment of map.segments) {
      if (segment.kind === 'text' && segment.node === point.node) return segment.start + point.offset;
    }
  }
  if (point.node !== map.root && !map.root.contains(point.node)) return null;
  // An element position: the start of the first segment at or after it.
  const range = map.root.ownerDocument.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  for (const segment of map.segments) {
    const at = segment.kind === 'text' ? { node: segment.node, offset: 0 } : segment.before;
    if (range.comparePoint(at.node, at.offset) >= 0) return segment.start;
  }
  return map.text.length;
}

/** The editor's plain text: the value of a textarea/input, or the mapped text of a contenteditable. */
export function readText(editor: Pick<Editor, 'kind' | 'el'>): string {
  return editor.kind === 'text' ? (editor.el as TextControl).value : mapRichText(editor.el).text;
}
