import type { Box, TextControl } from './types';

/**
 * Computed-style properties that decide which fonts a textarea's text is set in and where it falls:
 * every font and text setting, padding and borders. Properties a browser lacks read as '' and are left out.
 */
const COPIED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant-caps',
  'font-variant-ligatures',
  'font-variant-numeric',
  'font-variant-east-asian',
  'font-variant-position',
  'font-variant-alternates',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-optical-sizing',
  'font-size-adjust',
  'font-synthesis-weight',
  'font-synthesis-style',
  'font-synthesis-small-caps',
  'font-language-override',
  'text-rendering',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'text-align-last',
  'text-justify',
  'text-spacing-trim',
  'text-autospace',
  'tab-size',
  '-moz-tab-size',
  'word-break',
  'overflow-wrap',
  'line-break',
  'hyphens',
  'hyphenate-character',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'text-orientation',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
] as const;

/**
 * The language the element's text is in: its nearest `lang` (through shadow hosts), else the
 * document's Content-Language. Generic families (sans-serif…) and line breaking follow it.
 */
export function languageOf(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const lang =
      node.getAttribute('lang') ?? node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang');
    if (lang !== null) return lang;
    node =
      node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host as Element | undefined) ?? null;
  }
  const meta = el.ownerDocument
    .querySelector('meta[http-equiv="content-language" i]')
    ?.getAttribute('content');
  return meta?.split(',')[0]?.trim() ?? '';
}

/**
 * The inline style of a mirror that lays text out exactly like `control`: same fonts, text settings and
 * padding, a content box as wide as the control's (its scrollbar excluded), placed over it at `box`
 * and scaled like it when a CSS transform scales the control.
 */
function mirrorStyle(control: TextControl, style: CSSStyleDeclaration, box: Box): string {
  const px = (value: string) => Number.parseFloat(value) || 0;
  const single = control.tagName === 'INPUT';
  const contentWidth = control.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
  const contentHeight = control.clientHeight - px(style.paddingTop) - px(style.paddingBottom);
  const sx = control.offsetWidth ? box.width / control.offsetWidth : 1;
  const sy = control.offsetHeight ? box.height / control.offsetHeight : 1;
  const copied = COPIED.map((name) => [name, style.getPropertyValue(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}:${value}`);
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
    Math.abs(sx - 1) > 0.001 || Math.abs(sy - 1) > 0.001
      ? `transform-origin:0 0;transform:scale(${sx},${sy})`
      : '',
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
  mirror.setAttribute('lang', languageOf(control));
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
