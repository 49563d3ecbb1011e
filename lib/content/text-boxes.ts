import type { Rect } from '@/lib/sla/badge-place';

/** Elements whose content is drawn as one box (no text nodes to read). */
const SOLID = new Set(['input', 'textarea', 'select', 'img', 'svg', 'video', 'canvas', 'iframe', 'button']);

const meets = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The boxes of what the agent reads under `root` that reach into `region` (our viewport): each line of
 * text, and form controls, images and icons whole. Subtrees whose box misses the region are skipped,
 * and so is our own layer.
 */
export function readableBoxes(root: Element, region: Rect): Rect[] {
  const doc = root.ownerDocument;
  const boxes: Rect[] = [];
  const range = doc.createRange();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3)
        return (node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      const el = node as Element;
      if (el.localName === 'replyguard-ui' || el.localName === 'script' || el.localName === 'style')
        return NodeFilter.FILTER_REJECT;
      const box = el.getBoundingClientRect();
      const laidOut = box.width > 0 || box.height > 0;
      if (laidOut && !meets(box, region) && el !== root) return NodeFilter.FILTER_REJECT;
      if (SOLID.has(el.localName)) {
        if (laidOut) boxes.push(box);
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node && boxes.length < 2000; node = walker.nextNode()) {
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width > 0.5 && rect.height > 0.5 && meets(rect, region)) boxes.push(rect);
    }
  }
  return boxes;
}

/** The nearest element around `el` whose box holds all of `region` (the body at most). */
export function holderOf(el: Element, region: Rect): Element {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const box = node.getBoundingClientRect();
    if (
      box.left <= region.left &&
      box.top <= region.top &&
      box.right >= region.right &&
      box.bottom >= region.bottom
    )
      return node;
    if (node === el.ownerDocument.body) return node;
  }
  return el.ownerDocument.body ?? el;
}
