import { z } from 'zod';
import type { AnsweredReport } from '@/lib/messaging/sla';
import { localDay } from './zone';

/** One first response, as stored in the idb `responses` store. */
export const ResponseRecordSchema = z.object({
  key: z.string(),
  platform: z.string(),
  conversation: z.string(),
  /** YYYY-MM-DD of receipt in the policy's zone. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  receivedAt: z.number(),
  answeredAt: z.number(),
  seconds: z.number().int().min(0),
  deadline: z.number().nullable(),
  /** Null when the message started no deadline (exempt: not counted by the platform). */
  withinDeadline: z.boolean().nullable(),
});
export type ResponseRecord = z.infer<typeof ResponseRecordSchema>;

function responseKey(platform: string, conversation: string, receivedAt: number): string {
  return `${platform}:${conversation}:${receivedAt}`;
}

/** The record for an answered conversation (pure). Answered-on-the-deadline counts as within. */
export function toResponseRecord(
  platform: string,
  timeZone: string,
  answered: AnsweredReport,
): ResponseRecord {
  return {
    key: responseKey(platform, answered.id, answered.receivedAt),
    platform,
    conversation: answered.id,
    day: localDay(answered.receivedAt, timeZone),
    receivedAt: answered.receivedAt,
    answeredAt: answered.answeredAt,
    seconds: Math.max(0, Math.round((answered.answeredAt - answered.receivedAt) / 1000)),
    deadline: answered.deadline,
    withinDeadline: answered.deadline === null ? null : answered.answeredAt <= answered.deadline,
  };
}
