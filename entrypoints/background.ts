import '@/lib/zod-config';
import { registerCore } from '@/lib/background/core';
import { registerPopup } from '@/lib/background/popup';
import { registerSla } from '@/lib/background/sla-alerts';
import { MessageRouter } from '@/lib/messaging/define';

export default defineBackground(() => {
  const router = new MessageRouter();
  registerCore(router);
  registerPopup(router);
  registerSla(router);
  router.listen();
});
