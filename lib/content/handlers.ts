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
 * True for the agent's own input: an event the browser made from a real key, click or touch. A page's
 * `dispatchEvent`, `element.click()` or `focus()` makes untrusted events, and browsers make `isTrusted`
 * an unforgeable own property, so the page cannot fake it (unit tests give their events one: a test seam
 * the page cannot reach, see tests/support/agent-events.ts).
 */
export function isAgentInput(event: Event): boolean {
  return event.isTrusted === true;
}

/**
 * A listener or a UI handler that acts only on the agent's own input (`isAgentInput`): the page's script
 * cannot open, click, fix, send or undo anything through it. Errors stay out of the page too. Every
 * control of ReplyGuard's UI in the page (dialog buttons, card fixes, picker items and inputs) uses it.
 */
export function trusted<E extends Event>(fn: (event: E) => void): (event: E) => void {
  const safe = guarded(fn);
  return (event) => {
    if (isAgentInput(event)) safe(event);
  };
}

/** Stops an event before the page's own handlers see it (the send guard's hold). */
export function holdEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
