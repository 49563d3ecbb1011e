import { sendMessage } from '@/lib/messaging/define';
import {
  DeleteTemplate,
  ImportTemplates,
  ListTemplates,
  PutTemplate,
  RestoreStarterTemplates,
} from '@/lib/messaging/templates';
import type { Template } from '@/lib/templates/schema';
import type { ImportWrite } from '@/lib/templates/store';

/** What the options manager needs from the background (injectable for tests). */
export interface TemplatesApi {
  list(): Promise<Template[]>;
  put(template: Template, base: number | null): Promise<Template>;
  remove(id: string, base: number): Promise<void>;
  importWrites(writes: ImportWrite[]): Promise<number>;
  restoreStarter(): Promise<number>;
}

export const messagingTemplatesApi: TemplatesApi = {
  list: async () => (await sendMessage(ListTemplates, {})).templates,
  put: async (template, base) => (await sendMessage(PutTemplate, { template, base })).template,
  remove: async (id, base) => {
    await sendMessage(DeleteTemplate, { id, base });
  },
  importWrites: async (writes) => (await sendMessage(ImportTemplates, { writes })).count,
  restoreStarter: async () => (await sendMessage(RestoreStarterTemplates, {})).added,
};
