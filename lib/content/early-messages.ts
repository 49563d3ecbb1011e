import { browser } from 'wxt/browser';

/** An answer the loader gives now, or undefined to leave the message to the feature that owns it. */
export type EarlyAnswer = () => Promise<unknown> | undefined;

/**
 * Messages that may arrive before the feature that answers them has loaded (the editing features load on
 * the first focus of a reply box): the browser's template shortcut, the popup's question. Answered in the
 * messages' own form (`{ok, value}`, lib/messaging/define.ts); from our extension only. Listens until
 * `signal` aborts.
 */
export function answerEarly(signal: AbortSignal, answers: Record<string, EarlyAnswer>): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    const answer = typeof type === 'string' && Object.hasOwn(answers, type) ? answers[type]!() : undefined;
    return answer?.then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
