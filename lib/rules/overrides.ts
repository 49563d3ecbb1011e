import { z } from 'zod';

/** The agent's or team's own extra terms (custom findings) and allow-list, over every pack. */
export const OverridesSchema = z.object({
  terms: z.array(z.string().min(1)).default([]),
  allow: z.array(z.string().min(1)).default([]),
});
export type Overrides = z.infer<typeof OverridesSchema>;
