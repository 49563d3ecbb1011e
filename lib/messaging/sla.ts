import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';
import { defineMessage } from './define';

const State = z.enum(['ok', 'due-soon', 'overdue', 'exempt']);

const WaitingReportSchema = z.object({
  id: z.string().min(1).max(200),
  buyer: z.string().max(200).optional(),
  receivedAt: z.number().int(),
  /** Epoch ms, or null when the message starts no deadline (exempt). */
  deadline: z.number().int().nullable(),
  state: State,
});
export type WaitingReport = z.infer<typeof WaitingReportSchema>;

const AnsweredReportSchema = z.object({
  id: z.string().min(1).max(200),
  receivedAt: z.number().int(),
  answeredAt: z.number().int(),
  deadline: z.number().int().nullable(),
});
export type AnsweredReport = z.infer<typeof AnsweredReportSchema>;

/**
 * Content → background: the conversations of one tab waiting for a reply (the whole current set,
 * replacing the previous one) and those answered since the last report.
 */
export const SlaReport = defineMessage(
  'sla.report',
  z.object({
    platform: z.enum(PLATFORM_IDS),
    /** The policy's zone, for grouping history by the platform's day. */
    timeZone: z.string().min(1),
    waiting: z.array(WaitingReportSchema).max(2000),
    answered: z.array(AnsweredReportSchema).max(2000),
  }),
  z.object({ ok: z.literal(true) }),
  'content',
);
