import { z } from 'zod';

/** Text in every UI language; packs carry their own messages so a synced pack needs no release. */
export const LocalizedSchema = z.object({
  en: z.string().min(1),
  zh_CN: z.string().min(1),
  zh_TW: z.string().min(1),
});
export type Localized = z.infer<typeof LocalizedSchema>;
