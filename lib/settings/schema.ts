import { z } from 'zod';
import { isUsableShortcut, parseChord } from '@/lib/keys/chord';
import { CARD_KEY } from '@/lib/keys/commands';
import { PORTAL_IDS } from '@/lib/platforms';

/** The agent's preferences, in storage.local so content scripts read them without a round trip. */
export const SettingsSchema = z.object({
  uiLocale: z.enum(['auto', 'en', 'zh_CN', 'zh_TW']).default('auto'),
  /** Hostnames where ReplyGuard is switched off. */
  disabledHosts: z.array(z.string()).default([]),
  /** Epoch ms until which all warnings are paused. */
  pausedUntil: z.number().default(0),
  /** Template variables {agent_name} and {shop_name}. */
  agentName: z.string().max(100).default(''),
  shopName: z.string().max(200).default(''),
  /** The portals the agent works on (chosen at onboarding): the options' platform choices start there. */
  portals: z.array(z.enum(PORTAL_IDS)).default([]),
  /** Templates suggested under the reply box while typing (Tab / Alt+1..3 insert them). */
  suggestions: z.boolean().default(true),
  /** The buyer's local time, holidays and language shown by the reply box. */
  buyerContext: z.boolean().default(true),
  /** The chord that opens the explanation card of the finding at the caret (Alt+Shift+J by default). */
  cardKey: z
    .string()
    .max(40)
    .refine((value) => isUsableShortcut(parseChord(value)), 'not a usable shortcut')
    .default(CARD_KEY),
});
export type Settings = z.infer<typeof SettingsSchema>;
