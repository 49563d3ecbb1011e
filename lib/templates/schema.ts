import { z } from 'zod';

/** A reply template. Owned by lib/templates. */
export const TemplateSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  body: z.string().min(1),
  abbreviation: z.string().optional(),
  tags: z.array(z.string()).default([]),
  variants: z.record(z.string(), z.string()).optional(),
  platforms: z.array(z.string()).optional(),
});
export type Template = z.infer<typeof TemplateSchema>;
