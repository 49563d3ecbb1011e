import { type FrameElement, sameOriginWindow } from '@/lib/editor/frames';
import { guarded } from './handlers';

const FRAMES = 'iframe, frame';

/**
 * Calls `attach(win, scope)` for `root` and for every same-origin frame inside it, however deep: the
 * frames there now, frames added later, and each document a frame navigates to. A frame's `scope`
 * ends when it navigates (then `attach` runs for the new document), goes away, or `signal` aborts.
 * Cross-origin frames are skipped: their own copy of the content script handles them.
 */
export function eachSameOriginWindow(
  signal: AbortSignal,
  attach: (win: Window, scope: AbortSignal) => void,
  root: Window = window,
): void {
  if (!signal.aborted) follow(root, signal, attach);
}

function follow(win: Window, scope: AbortSignal, attach: (win: Window, scope: AbortSignal) => void): void {
  attach(win, scope);
  const frames = new Map<FrameElement, AbortController>();
  const enter = guarded((frame: FrameElement) => {
    frames.get(frame)?.abort();
    const inner = new AbortController();
    frames.set(frame, inner);
    const view = sameOriginWindow(frame);
    if (view && !scope.aborted) follow(view, inner.signal, attach);
  });
  const track = (frame: FrameElement) => {
    if (frames.has(frame)) return;
    frame.addEventListener('load', () => enter(frame), { signal: scope });
    enter(frame);
  };
  const scan = guarded((records?: MutationRecord[]) => {
    const added = records?.some((record) =>
      [...record.addedNodes].some(
        (node) =>
          node.nodeType === 1 &&
          ((node as Element).matches(FRAMES) || !!(node as Element).querySelector(FRAMES)),
      ),
    );
    if (!records || added)
      for (const frame of win.document.querySelectorAll<FrameElement>(FRAMES)) track(frame);
    if (records?.some((record) => record.removedNodes.length > 0)) {
      for (const [frame, inner] of frames) {
        if (frame.isConnected) continue;
        inner.abort();
        frames.delete(frame);
      }
    }
  });
  const observer = new MutationObserver(scan);
  observer.observe(win.document, { childList: true, subtree: true });
  scope.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const inner of frames.values()) inner.abort();
      frames.clear();
    },
    { once: true },
  );
  scan();
}
