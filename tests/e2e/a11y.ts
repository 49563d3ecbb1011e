import type { E2EPage } from './harness';

/** Form controls and buttons without a name a screen reader can read (label, aria-label, text). */
export function unnamedControls(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => {
    const named = (el: Element) =>
      Boolean(
        (el as HTMLInputElement).labels?.length ||
          el.getAttribute('aria-label')?.trim() ||
          el.getAttribute('aria-labelledby') ||
          (el.tagName === 'BUTTON' && el.textContent?.trim()),
      );
    return [...document.querySelectorAll('input:not([type="hidden"]), select, textarea, button')]
      .filter((el) => !named(el))
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

/**
 * Text whose contrast with its background is under WCAG AA (4.5:1; 3:1 from 24px, or 18.66px bold).
 * The background is the first opaque one up the tree; disabled controls are exempt.
 */
export function lowContrastText(page: E2EPage): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (value: string) => {
      const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return { r: parts[0]!, g: parts[1]!, b: parts[2]!, a: parts[3] ?? 1 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (el: Element | null) => {
      for (let at = el; at; at = at.parentElement) {
        const color = rgb(getComputedStyle(at).backgroundColor);
        if (color.a >= 0.95) return color;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('[disabled], option, script, style')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0)
        continue;
      const fg = rgb(style.color);
      const [l1, l2] = [luminance(fg), luminance(background(el))].sort((a, b) => b - a) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) bad.push(`${ratio.toFixed(2)}: ${node.textContent.trim().slice(0, 40)}`);
    }
    return bad;
  });
}
