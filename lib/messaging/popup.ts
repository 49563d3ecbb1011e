import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';
import { defineMessage, type MessageDef } from './define';

export const CountsSchema = z.object({
  block: z.number().int().nonnegative(),
  warn: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof CountsSchema>;

/** Popup → content script (top frame of the active tab): what ReplyGuard sees on this page. */
export const TabStatus = defineMessage(
  'popup.tabStatus',
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
);

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Sends a validated request to one frame of a tab (default: its top frame) and validates the answer. */
export async function sendToTab<Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDef<Req, Res>,
  tabId: number,
  payload: z.input<Req>,
  frameId = 0,
): Promise<z.output<Res>> {
  const answer: unknown = await browser.tabs.sendMessage(
    tabId,
    { type: def.type, payload: def.request.parse(payload) },
    { frameId },
  );
  const reply = ReplySchema.parse(answer);
  if (!reply.ok) throw new Error(reply.error);
  return def.response.parse(reply.value);
}

/** The toolbar badge for a count: blocking findings first, then warnings. */
export function badgeFor(counts: Counts): { text: string; color: string } {
  if (counts.block) return { text: String(counts.block), color: '#d93025' };
  if (counts.warn) return { text: String(counts.warn), color: '#e37400' };
  return { text: '', color: '#188038' };
}
