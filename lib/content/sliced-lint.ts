import { capFindings } from '@/lib/detect/lint';
import type { Finding } from '@/lib/detect/types';

/** Replies longer than this are linted in slices off the keystroke path; shorter ones at once. */
export const SLICE_AT = 2000;
const SLICE = 1000;
/** Each slice is linted with this much text on both sides, so findings across its edges are whole. */
const MARGIN = 200;

/** Runs `work` later, when the page is idle; returns a cancel function. */
export type Idle = (work: () => void) => () => void;

/** The browser's idle callbacks (a short timeout keeps a busy page from starving them). */
export const idle: Idle = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 100 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
};

/** [start, end) ranges of about SLICE units covering `length`, cut after a blank or a line end when one is near. */
export function slicesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SLICE);
    if (end < text.length) {
      const blank = text.slice(end - 100, end).search(/\s(?=\S*$)/);
      if (blank >= 0) end = end - 100 + blank + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * Lints a long text one slice per idle callback, so no keystroke waits for the whole of it: each slice
 * with MARGIN characters around it, keeping the findings that start inside it (offsets into the whole
 * text). Calls `done` with all findings (capped like one lint), or `failed`; returns a cancel function.
 */
export function lintInSlices(
  lint: (text: string) => Finding[],
  text: string,
  schedule: Idle,
  done: (findings: Finding[]) => void,
  failed: (error: unknown) => void,
): () => void {
  const slices = slicesOf(text);
  const found: Finding[] = [];
  let cancel = () => {};
  const step = (index: number) => {
    const slice = slices[index];
    if (!slice) return done(capFindings(found.sort((a, b) => a.start - b.start || b.end - a.end)));
    const [start, end] = slice;
    const from = Math.max(0, start - MARGIN);
    try {
      for (const finding of lint(text.slice(from, Math.min(text.length, end + MARGIN)))) {
        const at = finding.start + from;
        if (at >= start && at < end) found.push({ ...finding, start: at, end: finding.end + from });
      }
    } catch (error) {
      return failed(error);
    }
    cancel = schedule(() => step(index + 1));
  };
  cancel = schedule(() => step(0));
  return () => cancel();
}
