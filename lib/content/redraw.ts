/**
 * Coalesces calls into one run of `run` on the next animation frame (drawing follows layout at most
 * once a frame). Nothing runs after `signal` aborts.
 */
export function nextFrame(run: () => void, signal: AbortSignal): () => void {
  let frame = 0;
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
  return () => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) run();
    });
  };
}

/** Calls `changed` when anything on the page scrolls (capture sees element scrolls) or the window resizes. */
export function onLayoutChange(signal: AbortSignal, changed: () => void, win: Window = window): void {
  const options = { capture: true, passive: true, signal };
  win.addEventListener('scroll', changed, options);
  win.addEventListener('resize', changed, options);
}
