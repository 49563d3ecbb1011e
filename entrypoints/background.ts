import '@/lib/zod-config';
import { registerCore } from '@/lib/background/core';
import { registerHolidays } from '@/lib/background/holidays';
import { registerOnboarding } from '@/lib/background/onboarding';
import { registerPopup } from '@/lib/background/popup';
import { registerRulesSync } from '@/lib/background/rules-sync';
import { registerSla } from '@/lib/background/sla-alerts';
import { registerTemplates } from '@/lib/background/templates';
import { MessageRouter } from '@/lib/messaging/define';

export default defineBackground(() => {
  const router = new MessageRouter();
  registerCore(router);
  registerOnboarding();
  registerHolidays(router);
  registerPopup(router);
  const registry = registerRulesSync(router);
  registerSla(router);
  registerTemplates(router, { loadTeamTemplates: () => registry.teamTemplates() });
  router.listen();
});
