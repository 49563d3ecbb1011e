import { z } from 'zod';
import { defineMessage } from './define';
import { OPEN_PICKER_TYPE } from './early-types';

/** The keyboard shortcuts bound to the extension's commands (content scripts listen for them too). */
export const GetCommands = defineMessage(
  'core.commands',
  z.object({}),
  z.array(z.object({ name: z.string(), shortcut: z.string() })),
  'content',
);

/** Background → content: the browser fired the template shortcut (`commands.onCommand`); from the extension only. */
export const OpenTemplatePicker = defineMessage(OPEN_PICKER_TYPE, z.object({}), z.boolean());
