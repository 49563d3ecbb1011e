import '@/lib/zod-config';
import { registerCore } from '@/lib/background/core';
import { MessageRouter } from '@/lib/messaging/define';

export default defineBackground(() => {
  const router = new MessageRouter();
  registerCore(router);
  router.listen();
});
