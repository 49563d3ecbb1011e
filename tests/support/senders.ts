import type { Sender } from '@/lib/messaging/define';

/** fakeBrowser's extension id: what runtime.id and runtime.getURL give in unit tests. */
const ID = 'test-extension-id';

/** One of our extension pages (the options page), as the browser describes it to a listener. */
export const EXTENSION_SENDER: Sender = { id: ID, url: `chrome-extension://${ID}/options.html` };

/** Our content script in a tab on `url` (a portal page, or any other page for refusals). */
export function contentSender(url: string, tabId = 7): Sender {
  return { id: ID, url, tab: { id: tabId }, frameId: 0 };
}

/**
 * Makes fakeBrowser deliver runtime messages as the browser does from one of our pages (fakeBrowser
 * itself passes an empty sender, which the routers refuse). Call after fakeBrowser.reset().
 */
export function messagesFromExtensionPage(fake: {
  runtime: {
    sendMessage: (...args: never[]) => Promise<unknown>;
    onMessage: { trigger(message: unknown, sender: Sender): Promise<unknown[]> };
  };
}): void {
  fake.runtime.sendMessage = (async (message: unknown) =>
    (await fake.runtime.onMessage.trigger(message, EXTENSION_SENDER)).find((answer) => !!answer)) as never;
}
