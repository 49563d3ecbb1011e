import { browser } from 'wxt/browser';
import { GetCommands } from '../messaging/core';
import type { MessageRouter } from '../messaging/define';

export function registerCore(router: MessageRouter): void {
  router.on(GetCommands, async () => {
    const commands = await browser.commands.getAll();
    // An empty shortcut means none is bound (the agent removed it, or the browser did not assign it).
    return commands.flatMap((command) =>
      command.name ? [{ name: command.name, shortcut: command.shortcut ?? '' }] : [],
    );
  });
}
