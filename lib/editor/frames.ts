import type { Box } from './types';

/** An `<iframe>` or `<frame>` element. */
export type FrameElement = HTMLIFrameElement | HTMLFrameElement;

/**
 * The frame elements between `view` and `top`, innermost first (empty when `view` is `top`). Null when
 * the way up crosses an origin (or a detached frame): such a frame is its own script's business.
 */
export function frameChain(view: Window | null, top: Window = window): FrameElement[] | null {
  const chain: FrameElement[] = [];
  for (let win = view; win !== top; ) {
    if (!win || chain.length > 16) return null;
    let frame: Element | null;
    try {
      frame = win.frameElement;
    } catch {
      return null;
    }
    if (!frame) return null;
    chain.push(frame as FrameElement);
    win = frame.ownerDocument.defaultView;
  }
  return chain;
}

/** The window of a frame when our script may reach into it (same origin), else null. */
export function sameOriginWindow(frame: FrameElement): Window | null {
  try {
    const view = frame.contentWindow;
    return view?.document ? view : null;
  } catch {
    return null;
  }
}

/** Where a frame's viewport starts, in its parent's viewport (the frame's content box). */
function contentOrigin(frame: FrameElement): { x: number; y: number; width: number; height: number } {
  const rect = frame.getBoundingClientRect();
  const style = (frame.ownerDocument.defaultView ?? window).getComputedStyle(frame);
  const x = rect.left + frame.clientLeft + (Number.parseFloat(style.paddingLeft) || 0);
  const y = rect.top + frame.clientTop + (Number.parseFloat(style.paddingTop) || 0);
  const width =
    frame.clientWidth -
    (Number.parseFloat(style.paddingLeft) || 0) -
    (Number.parseFloat(style.paddingRight) || 0);
  const height =
    frame.clientHeight -
    (Number.parseFloat(style.paddingTop) || 0) -
    (Number.parseFloat(style.paddingBottom) || 0);
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

/** The offset of `view`'s viewport inside ours (0, 0 for our own window or an unreachable one). */
export function viewOffset(view: Window | null): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const frame of frameChain(view) ?? []) {
    const origin = contentOrigin(frame);
    x += origin.x;
    y += origin.y;
  }
  return { x, y };
}

/** The part of our viewport where `view`'s content can show: its frames' content boxes, nested, clipped to ours. */
export function viewClip(view: Window | null): Box {
  let clip: Box = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
  const chain = frameChain(view) ?? [];
  // Outermost first: each frame's box is in its parent's viewport, which starts at `shift`.
  let shift = { x: 0, y: 0 };
  for (const frame of [...chain].reverse()) {
    const origin = contentOrigin(frame);
    const box = {
      left: origin.x + shift.x,
      top: origin.y + shift.y,
      width: origin.width,
      height: origin.height,
    };
    clip = intersect(clip, box) ?? { left: box.left, top: box.top, width: 0, height: 0 };
    shift = { x: box.left, y: box.top };
  }
  return clip;
}

/** The element's box in our viewport, wherever its document is. */
export function boxInTop(el: Element): Box {
  const rect = el.getBoundingClientRect();
  const shift = viewOffset(el.ownerDocument.defaultView);
  return { left: rect.left + shift.x, top: rect.top + shift.y, width: rect.width, height: rect.height };
}

/** Intersects two boxes; null when nothing is left. */
export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  if (right - left < 0.5 || bottom - top < 0.5) return null;
  return { left, top, width: right - left, height: bottom - top };
}
