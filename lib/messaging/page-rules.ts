import { z } from 'zod';
import { PagePackSchema } from '@/lib/rules/page-pack';
import { defineMessage } from './define';

/**
 * Content → background: the packs of `GetActiveRules` (lib/messaging/rules.ts), each reduced to what a page needs before the agent types
 * (selectors, reply policy), and the same revision.
 */
export const GetPageRules = defineMessage(
  'rules.page',
  z.object({}),
  z.object({ revision: z.string(), packs: z.array(PagePackSchema) }),
  'content',
);
