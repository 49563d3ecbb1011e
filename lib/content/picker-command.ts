import { browser } from 'wxt/browser';
import { OPEN_PICKER_TYPE } from '@/lib/messaging/picker-command';

/**
 * The browser's template shortcut, when it arrives before the picker's own listener is there (the editing
 * features load on the first focus of a reply box): `take()` says whether the loader took it over (it
 * starts the editing features, and the picker opens when it starts). Answered like `OpenTemplatePicker`;
 * from our extension only. Listens until `signal` aborts.
 */
export function answerEarlyPickerCommand(signal: AbortSignal, take: () => boolean): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== OPEN_PICKER_TYPE || !take()) return undefined;
    return Promise.resolve({ ok: true, value: true });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
