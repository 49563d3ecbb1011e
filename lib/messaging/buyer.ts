import { z } from 'zod';
import { defineMessage } from './define';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * Public holidays in a buyer's market from `from` for `days` days (the holiday data is large, so only the
 * background loads it). Names in `language` where the data has them, else the country's own.
 */
export const BuyerHolidays = defineMessage(
  'buyer.holidays',
  z.object({
    country: z.string().regex(/^[A-Z]{2}$/),
    from: Day,
    days: z.number().int().min(1).max(60),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
  }),
  z.object({ holidays: z.array(z.object({ date: Day, name: z.string() })) }),
  // Asked by the buyer line in the portal page; it carries a country code and a date, nothing of the reply.
  'content',
);
