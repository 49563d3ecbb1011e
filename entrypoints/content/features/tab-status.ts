import { defineFeature } from '@/lib/content/feature';
import { countBySeverity } from '@/lib/findings/counts';
import { MessageRouter } from '@/lib/messaging/define';
import { TabStatus } from '@/lib/messaging/popup';
import { isGuardActive } from '@/lib/settings/guard-active';

/** Answers the popup's question: what does ReplyGuard see on this page (platform, editor, counts)? */
export const tabStatus = defineFeature({
  id: 'tab-status',
  frames: 'outer',
  pages: 'any',
  needs: ['editor', 'engine'],
  init({ signal, editor: session, platform, portal, settings }) {
    new MessageRouter()
      .on(TabStatus, () => {
        const snapshot = session.lintNow();
        return {
          platform,
          host: location.hostname,
          chatPage: portal?.isChatPage(new URL(location.href)) ?? false,
          editor: snapshot.editor !== null,
          active: isGuardActive(settings.get(), location.hostname, Date.now()),
          counts: countBySeverity(snapshot.findings),
        };
      })
      .listen(signal);
  },
});
