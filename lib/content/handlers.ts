/** Calls `fn`, never letting an error reach the page. */
export function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('[ReplyGuard]', error);
    }
  };
}

/**
 * A listener that acts only on the agent's own input (`event.isTrusted`): the page's script cannot
 * open, fix or undo anything through it. Errors stay out of the page too.
 */
export function trusted<E extends Event>(fn: (event: E) => void): (event: E) => void {
  const safe = guarded(fn);
  return (event) => {
    if (event.isTrusted) safe(event);
  };
}
