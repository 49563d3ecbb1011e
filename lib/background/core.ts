import { browser } from 'wxt/browser';
import { GetCommands } from '../messaging/core';
import type { MessageRouter } from '../messaging/define';

export function registerCore(router: MessageRouter): void {
  router.on(GetCommands, async () => {
    const commands = await browser.commands.getAll();
    return commands.flatMap((command) =>
      command.name && command.shortcut ? [{ name: command.name, shortcut: command.shortcut }] : [],
    );
  });
}
