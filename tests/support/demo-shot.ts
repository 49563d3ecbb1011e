/** A demo screenshot and its caption line, and how scenes take one. */
import type { E2EBrowser, E2EPage } from '@/tests/e2e/harness';
import type { DemoClock } from './demo-clock';

export interface Shot {
  file: string;
  caption: string;
}

export interface DemoContext {
  browser: E2EBrowser;
  clock: DemoClock;
  /** Where screenshots go. */
  out: string;
}

/** Waits a frame for the last redraw, writes `file` into the demo's folder and returns it with its caption. */
export async function shoot(
  page: E2EPage,
  ctx: DemoContext,
  file: string,
  caption: string,
  fullPage = false,
): Promise<Shot> {
  // One frame for the last redraw (marks and badges follow layout on the next animation frame).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  await page.screenshot(`${ctx.out}/${file}`, { fullPage });
  return { file, caption };
}
