import type { Box, TextControl } from './types';

/** Computed-style properties that decide where a textarea's text falls. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'tabSize',
  'wordBreak',
  'overflowWrap',
  'direction',
  'writingMode',
  'hyphens',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

/**
 * The inline style of a mirror that lays text out exactly like `control`: same font and padding, a
 * content box as wide as the control's (its scrollbar excluded), placed over it at `box`.
 */
function mirrorStyle(control: TextControl, style: CSSStyleDeclaration, box: Box): string {
  const px = (value: string) => Number.parseFloat(value) || 0;
  const single = control.tagName === 'INPUT';
  const contentWidth = control.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
  const contentHeight = control.clientHeight - px(style.paddingTop) - px(style.paddingBottom);
  const copied = COPIED.map((key) => {
    const css = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return `${css}:${style[key] ?? ''}`;
  });
  return [
    ...copied,
    'position:fixed',
    `left:${box.left}px`,
    `top:${box.top}px`,
    'box-sizing:content-box',
    `width:${Math.max(0, contentWidth)}px`,
    `height:${Math.max(0, contentHeight)}px`,
    'border-style:solid',
    'border-color:transparent',
    'overflow:hidden',
    'visibility:hidden',
    'pointer-events:none',
    'margin:0',
    `white-space:${single ? 'pre' : style.whiteSpace || 'pre-wrap'}`,
    single ? '' : `word-wrap:${style.overflowWrap || 'break-word'}`,
  ]
    .filter(Boolean)
    .join(';');
}

/**
 * Measures where character ranges of a textarea/input are drawn, with a hidden mirror div in OUR
 * layer (never inside the page's editor). Returns client rects per range, in viewport coordinates.
 */
export function measureControlRanges(
  control: TextControl,
  ranges: Array<{ start: number; end: number }>,
  container: Element | ShadowRoot,
): DOMRect[][] {
  const doc = (container as Node).ownerDocument ?? document;
  const view = control.ownerDocument.defaultView ?? window;
  const style = view.getComputedStyle(control);
  const rect = control.getBoundingClientRect();
  const mirror = doc.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  mirror.dataset.replyguardMirror = '';
  mirror.setAttribute('style', mirrorStyle(control, style, rect));
  const text = control.value;
  // Spans for each range, in order; overlapping ranges are measured by separate passes.
  const results: DOMRect[][] = ranges.map(() => []);
  const order = ranges.map((range, index) => ({ ...range, index })).sort((a, b) => a.start - b.start);
  const passes: Array<typeof order> = [];
  for (const range of order) {
    const pass = passes.find((list) => (list.at(-1)?.end ?? 0) <= range.start);
    if (pass) pass.push(range);
    else passes.push([range]);
  }
  container.append(mirror);
  try {
    for (const pass of passes) {
      mirror.textContent = '';
      const spans: Array<{ index: number; span: HTMLSpanElement }> = [];
      let at = 0;
      for (const range of pass) {
        mirror.append(text.slice(at, range.start));
        const span = doc.createElement('span');
        span.textContent = text.slice(range.start, range.end);
        mirror.append(span);
        spans.push({ index: range.index, span });
        at = range.end;
      }
      // A trailing newline needs a character after it to take up a line.
      mirror.append(`${text.slice(at)}\u200b`);
      mirror.scrollTop = control.scrollTop;
      mirror.scrollLeft = control.scrollLeft;
      for (const { index, span } of spans) results[index] = Array.from(span.getClientRects());
    }
  } finally {
    mirror.remove();
  }
  return results;
}
