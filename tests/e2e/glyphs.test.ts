import { describe, expect, it } from 'vitest';
import { BROWSERS, type E2EPage, readUntil } from './harness';
import { useBrowser } from './use-browser';

type Line = { left: number; top: number; right: number; bottom: number };
type Pair = { finding: string; marks: Line[]; glyphs: Line[] };

/**
 * Each drawn finding's line boxes next to the boxes of its glyphs, measured independently: a DOM Range
 * over the contenteditable's text, or, for the textarea, a probe beside it that copies every computed
 * style property of the textarea (in the same place in the page, so the same language and transform).
 */
function pairs(page: E2EPage, editor: 'area' | 'rich'): Promise<Pair[]> {
  return page.evaluate((id) => {
    const el = document.getElementById(id) as HTMLElement;
    const text = id === 'area' ? (el as HTMLTextAreaElement).value : (el.textContent ?? '');
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const glyphs = (start: number, end: number): DOMRect[] => {
      if (id === 'rich') {
        const range = document.createRange();
        range.setStart(el.firstChild!, start);
        range.setEnd(el.firstChild!, end);
        return Array.from(range.getClientRects());
      }
      const style = getComputedStyle(el);
      const probe = document.createElement('div');
      for (const name of Array.from(style)) probe.style.setProperty(name, style.getPropertyValue(name));
      Object.assign(probe.style, {
        position: 'absolute',
        left: `${el.offsetLeft}px`,
        top: `${el.offsetTop}px`,
        margin: '0',
        visibility: 'hidden',
        overflow: 'hidden',
        whiteSpace: 'pre-wrap',
      });
      const span = document.createElement('span');
      span.textContent = text.slice(start, end);
      probe.append(text.slice(0, start), span, `${text.slice(end)}\u200b`);
      el.after(probe);
      const rects = Array.from(span.getClientRects());
      probe.remove();
      return rects;
    };
    const root = document.querySelector('replyguard-ui')!.shadowRoot!;
    return Array.from(root.querySelectorAll<HTMLElement>('[data-finding]')).map((mark) => ({
      finding: mark.dataset.finding!,
      marks: Array.from(mark.querySelectorAll('[data-replyguard-line]')).map((line) =>
        box(line.getBoundingClientRect()),
      ),
      glyphs: glyphs(Number(mark.dataset.start), Number(mark.dataset.end))
        .filter((r) => r.width > 0.5)
        .map(box),
    }));
  }, editor);
}

/** The largest distance between a mark's edges and its glyphs' edges, line by line (Infinity when lines differ). */
function drift(pair: Pair): number {
  if (pair.marks.length !== pair.glyphs.length || pair.marks.length === 0) return Number.POSITIVE_INFINITY;
  const order = (lines: Line[]) => [...lines].sort((a, b) => a.top - b.top || a.left - b.left);
  const glyphs = order(pair.glyphs);
  return Math.max(
    ...order(pair.marks).flatMap((mark, i) => {
      const glyph = glyphs[i]!;
      return [
        mark.left - glyph.left,
        mark.right - glyph.right,
        mark.top - glyph.top,
        mark.bottom - glyph.bottom,
      ].map(Math.abs);
    }),
  );
}

/** Waits until the marks over `editor` sit within 2 px of their glyphs; returns the last measure. */
function marksOnGlyphs(page: E2EPage, editor: 'area' | 'rich', count: number): Promise<Pair[]> {
  return readUntil(
    () => pairs(page, editor),
    (last) => last.length >= count && last.every((pair) => drift(pair) <= 2),
  );
}

/** Six findings in the page's text: an app and its handle, two phone numbers, a platform, a link. */
const FINDINGS = 6;
const CASES = [
  ...['zh-CN', 'zh-TW', 'th', 'en'].flatMap((lang) => [
    { lang, editor: 'area' as const, transform: '' },
    { lang, editor: 'rich' as const, transform: '' },
  ]),
  { lang: 'zh-CN', editor: 'area' as const, transform: 'scale(0.8)' },
];

describe.each(BROWSERS)('marks on their glyphs (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(CASES)('within 2 px: $editor, lang $lang $transform', async ({ lang, editor, transform }) => {
    const query: Record<string, string> = { lang };
    if (transform) query.transform = transform;
    const page = await browser().openPortal('pinduoduo', { path: '/chat-merchant/glyphs.html', query });
    const box = await page.evaluate((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return { x: r.left + r.width - 20, y: r.top + r.height - 14 };
    }, editor);
    await page.click(box.x, box.y);
    const measured = await marksOnGlyphs(page, editor, FINDINGS);
    expect(measured.length).toBeGreaterThanOrEqual(FINDINGS);
    for (const pair of measured) expect(drift(pair), JSON.stringify(pair)).toBeLessThanOrEqual(2);

    // The app narrows the box: the text wraps anew, and the marks follow it.
    await page.evaluate((id) => {
      document.getElementById(id)!.style.width = '360px';
    }, editor);
    const after = await marksOnGlyphs(page, editor, FINDINGS);
    for (const pair of after) expect(drift(pair), JSON.stringify(pair)).toBeLessThanOrEqual(2);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
