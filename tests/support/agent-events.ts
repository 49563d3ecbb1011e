/**
 * Unit tests' stand-in for the agent's real input. happy-dom has no `isTrusted`; tests give an event an
 * own `isTrusted: true` before dispatching it. In a browser `isTrusted` is an unforgeable own property of
 * every event, so a page's script cannot do the same (tests/e2e/page-input.test.ts checks that too).
 */
export function asAgent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click by the agent's mouse on `el`. */
export function agentClick(el: Element): boolean {
  return el.dispatchEvent(asAgent(new MouseEvent('click', { bubbles: true, cancelable: true })));
}

/** A key pressed by the agent on `el`. */
export function agentKey(el: Element, key: string, init: KeyboardEventInit = {}): boolean {
  return el.dispatchEvent(
    asAgent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })),
  );
}

/** The agent typing `value` into an input of ours (the value, then its input event). */
export function agentInput(el: HTMLInputElement, value: string): boolean {
  el.value = value;
  return el.dispatchEvent(asAgent(new Event('input', { bubbles: true })));
}
