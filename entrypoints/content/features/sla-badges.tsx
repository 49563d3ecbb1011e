import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { BadgeView } from '@/components/sla/SlaBadge';
import { SlaBadges } from '@/components/sla/SlaBadges';
import type { ContentEnv, ContentFeature } from '@/lib/content/env';
import { findBySelectors } from '@/lib/editor/find-editor';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/define';
import { type AnsweredReport, SlaReport } from '@/lib/messaging/sla';
import { platformTimeZone } from '@/lib/portals/registry';
import { remainingSeconds } from '@/lib/sla/deadline';
import { policyFor, policyTimeZone } from '@/lib/sla/policy-for';
import type { ReplyPolicy } from '@/lib/sla/policy-schema';
import { queryAll, readConversations } from '@/lib/sla/read-conversations';
import { answeredReports, reportSignature, waitingReports } from '@/lib/sla/report';
import { parseSlaSettings, SLA_SETTINGS_KEY, type SlaSettings } from '@/lib/sla/settings';
import { ConversationTracker } from '@/lib/sla/tracker';

const SLOT = 'sla';
/** storage.local key of the tracker's memory per platform (survives reloads of the portal page). */
const memoryKey = (platform: string) => `sla.memory.${platform}`;
const MemorySchema = z
  .array(z.object({ id: z.string(), buyer: z.string(), receivedAt: z.number(), seenAt: z.number() }))
  .max(5000);

function onScreen(rect: DOMRect): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
}

/** The row's bottom edge (where its badge sits) is inside the scrolling list's visible box. */
function insideList(rect: DOMRect, list: DOMRect | undefined): boolean {
  if (!list || (list.width === 0 && list.height === 0)) return true;
  return rect.bottom >= list.top && rect.bottom <= list.bottom + 1;
}

/**
 * Reply-deadline badges: one per waiting conversation row, drawn over the row in our shadow layer,
 * and one by the reply box for the open conversation; one shared 1 s timer. Reports the waiting set
 * to the background (alerts, history) whenever it changes.
 */
export const slaBadges: ContentFeature = {
  id: 'sla-badges',
  async init(env: ContentEnv) {
    if (env.platform === 'generic') return;
    const { signal } = env;
    const zone = platformTimeZone(env.platform);
    const tracker = new ConversationTracker();
    let settings: SlaSettings = parseSlaSettings(undefined);
    let policy: ReplyPolicy | undefined;
    let lastSignature = '';
    let memorySignature = '';
    let pendingAnswered: AnsweredReport[] = [];
    let announcement = '';
    const lastStates = new Map<string, string>();
    let frame = 0;

    const refreshPolicy = () => {
      policy = policyFor(env.rules.get().packs, env.platform, settings);
      lastSignature = '';
    };

    const report = (waiting: ReturnType<typeof waitingReports>) => {
      const signature = reportSignature(waiting);
      if (signature === lastSignature && !pendingAnswered.length) return;
      lastSignature = signature;
      const answered = pendingAnswered;
      pendingAnswered = [];
      sendMessage(SlaReport, {
        platform: env.platform,
        timeZone: policyTimeZone(policy, zone),
        waiting,
        answered,
      }).catch(() => {
        // Background asleep or reloading: the next change reports the whole set again.
        lastSignature = '';
      });
    };

    const tick = () => {
      frame = 0;
      if (signal.aborted) return;
      if (!policy || !settings.badges) {
        env.layer.render(SLOT, null);
        return;
      }
      const now = Date.now();
      const selectors = env.rules.get().selectors;
      const rows = readConversations(document, selectors, now, zone);
      const answered = tracker.update(rows, now);
      if (answered.length) pendingAnswered.push(...answeredReports(policy, answered));
      const waiting = waitingReports(policy, tracker.all(), now);
      const byId = new Map(waiting.map((entry) => [entry.id, entry]));

      const badges: BadgeView[] = [];
      const list = queryAll(document, selectors.conversationList)[0]?.getBoundingClientRect();
      for (const row of rows) {
        const entry = byId.get(row.id);
        if (!row.awaiting || !entry) continue;
        const remaining = entry.deadline === null ? null : remainingSeconds(entry.deadline, now);
        const view = {
          conversation: row.id,
          buyer: row.buyer,
          state: entry.state,
          remainingSeconds: remaining,
        };
        const rect = row.element.getBoundingClientRect();
        if (onScreen(rect) && insideList(rect, list))
          badges.push({ ...view, anchor: 'row', x: rect.right - 4, y: rect.bottom - 1 });
        if (row.active) {
          const editor = findBySelectors(document, selectors.editor ?? []);
          const box = (editor?.frame ?? editor?.anchor)?.getBoundingClientRect();
          badges.push(
            box && onScreen(box)
              ? { ...view, anchor: 'editor', x: box.left, y: box.top - 4 }
              : { ...view, anchor: 'editor', x: 16, y: window.innerHeight - 16 },
          );
        }
      }

      for (const entry of waiting) {
        const before = lastStates.get(entry.id);
        if (before && before !== entry.state && (entry.state === 'due-soon' || entry.state === 'overdue')) {
          const name = entry.buyer ?? entry.id;
          announcement = t(entry.state === 'overdue' ? 'slaAnnounceOverdue' : 'slaAnnounceDueSoon', name);
        }
        lastStates.set(entry.id, entry.state);
      }
      for (const id of lastStates.keys()) if (!byId.has(id)) lastStates.delete(id);

      env.layer.render(SLOT, <SlaBadges badges={badges} announcement={announcement} />);
      report(waiting);
      const memory = tracker.memory();
      const signature = memory.map((w) => `${w.id}|${w.receivedAt}`).join('\n');
      if (signature !== memorySignature) {
        memorySignature = signature;
        void browser.storage.local.set({ [memoryKey(env.platform)]: memory }).catch(() => undefined);
      }
    };
    const schedule = () => {
      if (!frame && !signal.aborted) frame = requestAnimationFrame(tick);
    };

    const stored = await browser.storage.local.get([SLA_SETTINGS_KEY, memoryKey(env.platform)]);
    if (signal.aborted) return;
    settings = parseSlaSettings(stored[SLA_SETTINGS_KEY]);
    const memory = MemorySchema.safeParse(stored[memoryKey(env.platform)]);
    if (memory.success) tracker.restore(memory.data, Date.now());
    refreshPolicy();
    env.rules.subscribe(() => {
      refreshPolicy();
      schedule();
    }, signal);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes[SLA_SETTINGS_KEY] || signal.aborted) return;
      settings = parseSlaSettings(changes[SLA_SETTINGS_KEY].newValue);
      refreshPolicy();
      schedule();
    };
    browser.storage.onChanged.addListener(onChanged);

    // One shared timer for every countdown; layout changes redraw on the next frame.
    const timer = window.setInterval(tick, 1000);
    const passive = { capture: true, passive: true, signal };
    window.addEventListener('scroll', schedule, passive);
    window.addEventListener('resize', schedule, passive);
    const mutations = new MutationObserver(schedule);
    mutations.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener(
      'abort',
      () => {
        window.clearInterval(timer);
        if (frame) cancelAnimationFrame(frame);
        mutations.disconnect();
        browser.storage.onChanged.removeListener(onChanged);
        env.layer.render(SLOT, null);
      },
      { once: true },
    );
    tick();
  },
};
