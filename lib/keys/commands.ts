/**
 * The extension's commands and the content script's own keys, in one place: the manifest's `commands`
 * (wxt.config.ts), the background's command handler and the content script's listeners read them here.
 * Kept free of imports: wxt.config.ts loads this file at build time.
 */
export const COMMANDS = {
  'open-templates': { defaultKey: 'Alt+Shift+T', description: '__MSG_commandOpenTemplates__' },
} as const;
export type CommandName = keyof typeof COMMANDS;

/** The template picker's command. */
export const OPEN_TEMPLATES: CommandName = 'open-templates';

/** Opens the explanation card of the finding at the caret (keyboard users). */
export const CARD_KEY = 'Alt+Shift+J';
/** Closes an open card while the caret stays in the reply box. */
export const CLOSE_CARD_KEY = 'Escape';
/** Undoes ReplyGuard's last fix right after it. */
export const UNDO_KEYS = ['Ctrl+Z', 'Command+Z'] as const;

/** The manifest's `commands` entry. */
export function manifestCommands(): Record<
  string,
  { suggested_key: { default: string; mac: string }; description: string }
> {
  return Object.fromEntries(
    Object.entries(COMMANDS).map(([name, command]) => [
      name,
      {
        suggested_key: { default: command.defaultKey, mac: command.defaultKey },
        description: command.description,
      },
    ]),
  );
}
