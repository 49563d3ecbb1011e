import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';
import { defineMessage } from './define';
import { TAB_STATUS_TYPE } from './early-types';

const CountsSchema = z.object({
  block: z.number().int().nonnegative(),
  warn: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof CountsSchema>;

/** Popup → content script (top frame of the active tab): what ReplyGuard sees on this page. */
export const TabStatus = defineMessage(
  TAB_STATUS_TYPE,
  z.object({}),
  z.object({
    platform: z.enum(PLATFORM_IDS),
    host: z.string(),
    chatPage: z.boolean(),
    editor: z.boolean(),
    active: z.boolean(),
    counts: CountsSchema,
  }),
);
export type TabStatusValue = z.infer<typeof TabStatus.response>;

/** Content script → background: the current findings count, shown as the toolbar badge. */
export const ReportCounts = defineMessage(
  'popup.reportCounts',
  z.object({ counts: CountsSchema }),
  z.object({}),
  'content',
);

/** The toolbar badge for a count: blocking findings first, then warnings. */
export function badgeFor(counts: Counts): { text: string; color: string } {
  if (counts.block) return { text: String(counts.block), color: '#d93025' };
  if (counts.warn) return { text: String(counts.warn), color: '#e37400' };
  return { text: '', color: '#188038' };
}
