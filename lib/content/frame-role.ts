/** A same-origin child frame is handled by the parent's content script (it sees into the iframe). */
export function handledByParent(win: Window = window): boolean {
  try {
    return win !== win.top && win.frameElement !== null;
  } catch {
    return false;
  }
}
