import { browser } from 'wxt/browser';
import { Chip } from '@/components/overlay/Chip';
import { editorSession, guarded, handledByParent } from '@/lib/content/editor-session';
import type { ContentEnv, ContentFeature } from '@/lib/content/env';
import { countBySeverity } from '@/lib/findings/counts';
import { MessageRouter, sendMessage } from '@/lib/messaging/define';
import { ReportCounts, TabStatus } from '@/lib/messaging/popup';
import { isGuardActive } from '@/lib/settings/guard-active';

const CHIP_WIDTH_GUESS = 90;

/** The status chip by the reply box, the toolbar badge count, and the popup's view of this tab. */
export const statusChip: ContentFeature = {
  id: 'status-chip',
  init(env: ContentEnv) {
    if (handledByParent()) return;
    const { signal } = env;
    const session = editorSession(env);
    const disabledHere = () => env.settings.get().disabledHosts.includes(location.hostname);
    let frame = 0;

    const draw = guarded(() => {
      frame = 0;
      if (signal.aborted) return;
      const { editor, findings, active } = session.state.get();
      if (!editor || disabledHere() || !editor.anchor.isConnected) {
        env.layer.render('chip', null);
        return;
      }
      const rect = (editor.frame ?? editor.anchor).getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) {
        env.layer.render('chip', null);
        return;
      }
      const left = Math.max(0, Math.min(rect.right - CHIP_WIDTH_GUESS, window.innerWidth - CHIP_WIDTH_GUESS));
      const top = rect.top >= 22 ? rect.top - 21 : rect.bottom + 3;
      env.layer.render(
        'chip',
        <Chip counts={countBySeverity(findings)} active={active} left={left} top={top} />,
      );
    });
    const schedule = () => {
      if (!frame && !signal.aborted) frame = requestAnimationFrame(draw);
    };

    // The toolbar badge follows the counts (only when they change).
    let reported = '';
    const report = guarded(() => {
      const { findings, active } = session.state.get();
      const counts = active ? countBySeverity(findings) : { block: 0, warn: 0, info: 0 };
      const key = JSON.stringify(counts);
      if (key === reported) return;
      reported = key;
      sendMessage(ReportCounts, { counts }).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    });

    session.state.subscribe(() => {
      schedule();
      report();
    }, signal);
    const passive = { capture: true, passive: true, signal };
    window.addEventListener('scroll', schedule, passive);
    window.addEventListener('resize', schedule, passive);
    const resize = new ResizeObserver(schedule);
    let watched: Element | null = null;
    session.state.subscribe(({ editor }) => {
      const anchor = editor ? (editor.frame ?? editor.anchor) : null;
      if (anchor === watched) return;
      resize.disconnect();
      watched = anchor;
      if (anchor) resize.observe(anchor);
    }, signal);

    // The popup asks the top frame what it sees.
    const router = new MessageRouter().on(TabStatus, () => {
      const snapshot = session.lintNow();
      return {
        platform: env.platform,
        host: location.hostname,
        chatPage: env.portal?.isChatPage(new URL(location.href)) ?? false,
        editor: snapshot.editor !== null,
        active: isGuardActive(env.settings.get(), location.hostname, Date.now()),
        counts: countBySeverity(snapshot.findings),
      };
    });
    const onMessage = (message: unknown, sender: { tab?: { id?: number }; url?: string }) =>
      signal.aborted ? undefined : router.handle(message, sender);
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener(
      'abort',
      () => {
        browser.runtime.onMessage.removeListener(onMessage);
        resize.disconnect();
        cancelAnimationFrame(frame);
        env.layer.render('chip', null);
      },
      { once: true },
    );
    schedule();
  },
};
