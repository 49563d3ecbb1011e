import { type Chord, parseChord } from '@/lib/keys/chord';
import { COMMANDS, type CommandName } from '@/lib/keys/commands';
import { GetCommands } from '@/lib/messaging/core';
import { sendMessage } from '@/lib/messaging/define';

/**
 * The chord bound to a browser command, for the content script's own listener (browser commands do not
 * fire from synthetic key events). The manifest's default until the background answers, and whenever
 * the browser reports none bound (headless, or not assigned).
 */
export function boundChord(name: CommandName): () => Chord | undefined {
  let chord = parseChord(COMMANDS[name].defaultKey);
  void sendMessage(GetCommands, {})
    .then((commands) => {
      chord = parseChord(commands.find((command) => command.name === name)?.shortcut) ?? chord;
    })
    .catch(() => undefined);
  return () => chord;
}
