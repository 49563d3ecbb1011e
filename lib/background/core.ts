import { browser } from 'wxt/browser';
import { OPEN_TEMPLATES } from '@/lib/keys/commands';
import { GetCommands, OpenTemplatePicker } from '@/lib/messaging/core';
import { type MessageRouter, sendToTab } from '@/lib/messaging/define';

export function registerCore(router: MessageRouter): void {
  router.on(GetCommands, async () => {
    const commands = await browser.commands.getAll();
    // An empty shortcut means none is bound (the agent removed it, or the browser did not assign it).
    return commands.flatMap((command) =>
      command.name ? [{ name: command.name, shortcut: command.shortcut ?? '' }] : [],
    );
  });

  // The content script also listens for the bound key itself (commands do not fire from synthetic
  // events); it ignores this message when its own listener has just opened the picker.
  browser.commands.onCommand.addListener((name, tab) => {
    if (name !== OPEN_TEMPLATES || tab?.id === undefined) return;
    void sendToTab(OpenTemplatePicker, tab.id, {}).catch(() => undefined); // not a portal tab: nothing listens
  });
}
