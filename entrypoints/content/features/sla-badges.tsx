import { type BadgeView, badgeSize, badgeText } from '@/components/sla/SlaBadge';
import { SlaBadges } from '@/components/sla/SlaBadges';
import { defineFeature } from '@/lib/content/feature';
import { guarded } from '@/lib/content/handlers';
import { nextFrame, onLayoutChange } from '@/lib/content/redraw';
import { watchStored } from '@/lib/content/stored';
import { holderOf, readableBoxes } from '@/lib/content/text-boxes';
import { layerSlot } from '@/lib/content/ui-layer';
import { findBySelectors } from '@/lib/editor/find-editor';
import { editorRect } from '@/lib/editor/rects';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/define';
import { SlaReport, type WaitingReport } from '@/lib/messaging/sla';
import { CHIP_SIZE, chipPoint } from '@/lib/overlay/place';
import { platformTimeZone } from '@/lib/portals/registry';
import { queryAll } from '@/lib/portals/select';
import type { Selectors } from '@/lib/portals/selectors';
import { StateAnnouncer } from '@/lib/sla/announce';
import {
  editorBadgeSpot,
  type Rect,
  rectAt,
  rowBadgeSpot,
  type Size,
  type Spot,
} from '@/lib/sla/badge-place';
import { remainingSeconds } from '@/lib/sla/deadline';
import { policyFor, policyTimeZone } from '@/lib/sla/policy-for';
import type { ReplyPolicy } from '@/lib/sla/policy-schema';
import { type ConversationRow, readConversations } from '@/lib/sla/read-conversations';
import { answeredReports, SlaReporter, waitingReports } from '@/lib/sla/report';
import { ConversationTracker, type Waiting } from '@/lib/sla/tracker';
import * as stored from '@/lib/storage/items';

/** A region around a box, `x` and `y` pixels wider on each side. */
const around = (box: Rect, x: number, y: number): Rect =>
  rectAt(box.left - x, box.top - y, { width: box.width + 2 * x, height: box.height + 2 * y });

/** What the editor badge must not cover: the editor, the text around it, our status chip. */
function aroundEditor(anchor: Element, box: Rect, size: Size): Rect[] {
  const region = around(box, size.width + 8, size.height + 8);
  const chip = chipPoint(box, window.innerWidth);
  const chipBox = chip ? [rectAt(chip.left, chip.top, CHIP_SIZE)] : [];
  return [box, ...chipBox, ...readableBoxes(holderOf(anchor, region), region)];
}

/**
 * One badge per waiting row in view, in free space inside or beside its row, and one beside the reply
 * box for the open conversation; none covers text, the editor, the chip or another badge.
 */
function badgeViews(rows: ConversationRow[], waiting: WaitingReport[], now: number, selectors: Selectors) {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const list = queryAll(document, selectors.conversationList)[0]?.getBoundingClientRect();
  const byId = new Map(waiting.map((entry) => [entry.id, entry]));
  const badges: BadgeView[] = [];
  const placed: Rect[] = [];
  const place = (view: Omit<BadgeView, 'left' | 'top'>, spot: Spot | null, size: Size) => {
    if (!spot) return;
    badges.push({ ...view, ...spot });
    placed.push(rectAt(spot.left, spot.top, size));
  };
  for (const row of rows) {
    const entry = byId.get(row.id);
    if (!row.awaiting || !entry) continue;
    const remaining = entry.deadline === null ? null : remainingSeconds(entry.deadline, now);
    const view = { conversation: row.id, buyer: row.buyer, state: entry.state, remainingSeconds: remaining };
    const size = badgeSize(badgeText(view));
    const box = row.element.getBoundingClientRect();
    const text = readableBoxes(row.element, around(box, size.width + 8, 2));
    place({ ...view, anchor: 'row' }, rowBadgeSpot(box, list, viewport, size, [...text, ...placed]), size);
    if (row.active) {
      const found = findBySelectors(document, selectors.editor ?? []);
      const editor = found ? editorRect(found) : undefined;
      const obstacles = found && editor ? [...aroundEditor(found.anchor, editor, size), ...placed] : placed;
      place({ ...view, anchor: 'editor' }, editorBadgeSpot(editor, viewport, size, obstacles), size);
    }
  }
  return badges;
}

/** Writes the tracker's memory when it changed (not on every tick). */
function memoryWriter(save: (memory: Waiting[]) => Promise<void>) {
  let last = '';
  return (memory: Waiting[]) => {
    const signature = memory.map((wait) => `${wait.id}|${wait.receivedAt}`).join('\n');
    if (signature === last) return;
    last = signature;
    void save(memory).catch(() => undefined);
  };
}

/**
 * Reply-deadline badges: one per waiting conversation row, in free space in or beside the row in our
 * shadow layer, and one beside the reply box for the open conversation (placed again on every tick,
 * scroll, resize and list change); one shared 1 s timer. Reports the waiting set
 * to the background (alerts, history) whenever it changes.
 */
export const slaBadges = defineFeature({
  id: 'sla-badges',
  frames: 'all',
  pages: 'chat',
  needs: [],
  async init({ signal, platform, portal, layer, rules }) {
    if (!portal) return;
    const memory = stored.slaMemory(portal.platform);
    const [settings, remembered] = await Promise.all([watchStored(stored.slaSettings, signal), memory.get()]);
    if (signal.aborted) return;
    const show = layerSlot(layer, 'sla', signal);
    const zone = platformTimeZone(platform);
    const tracker = new ConversationTracker();
    tracker.restore(remembered, Date.now());
    const announcer = new StateAnnouncer();
    let announcement = '';
    let policy: ReplyPolicy | undefined;
    const reporter = new SlaReporter((body) =>
      sendMessage(SlaReport, { platform, timeZone: policyTimeZone(policy, zone), ...body }),
    );
    const remember = memoryWriter((waits) => memory.set(waits));

    const tick = guarded(() => {
      if (!policy || !settings.get().badges) return show(null);
      const now = Date.now();
      const selectors = rules.get().selectors;
      const rows = readConversations(document, selectors, now, zone);
      reporter.answered(answeredReports(policy, tracker.update(rows, now)));
      const waiting = waitingReports(policy, tracker.all(), now);
      const said = announcer.update(waiting);
      if (said)
        announcement = t(said.state === 'overdue' ? 'slaAnnounceOverdue' : 'slaAnnounceDueSoon', said.name);
      show(<SlaBadges badges={badgeViews(rows, waiting, now, selectors)} announcement={announcement} />);
      reporter.report(waiting);
      remember(tracker.memory());
    });
    const schedule = nextFrame(tick, signal);
    const refreshPolicy = () => {
      policy = policyFor(rules.get().packs, platform, settings.get());
      reporter.again();
      schedule();
    };
    policy = policyFor(rules.get().packs, platform, settings.get());
    rules.subscribe(refreshPolicy, signal);
    settings.subscribe(refreshPolicy, signal);

    // One shared timer for every countdown; layout and list changes redraw on the next frame.
    const timer = window.setInterval(tick, 1000);
    signal.addEventListener('abort', () => window.clearInterval(timer), { once: true });
    onLayoutChange(signal, schedule);
    const mutations = new MutationObserver(schedule);
    mutations.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => mutations.disconnect(), { once: true });
    tick();
  },
});
