import { beforeEach, describe, expect, it } from 'vitest';
import { pinduoduo } from '@/lib/portals/pinduoduo';
import { readConversations } from '@/lib/sla/read-conversations';
import { ConversationTracker } from '@/lib/sla/tracker';

const NOW = Date.parse('2026-11-23T15:30:00+08:00');
const SH = 'Asia/Shanghai';

function list(html: string): void {
  document.body.innerHTML = `<div class="chat-list">${html}</div>`;
}

describe('readConversations (Pinduoduo default selectors)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('lists rows with id, buyer, time, awaiting and active', () => {
    list(`
      <div class="chat-item-box active" data-random="u1"><span class="nickname-span"> 小王 </span>
        <p class="item-note">3分钟前</p><div class="chat-unreply-time"></div></div>
      <div class="chat-item-box" data-random="u2"><span class="nickname-span">Li</span>
        <time class="item-note" datetime="2026-11-23T07:00:00Z">15:00</time></div>
      <div class="chat-item-box" data-random="u3"><span class="nickname-span">Zhao</span>
        <p class="item-note" data-time="1795000000000">whatever</p><div class="chat-unreply-over-time"></div></div>`);
    const rows = readConversations(document, pinduoduo.selectors, NOW, SH);
    expect(rows.map(({ element: _, ...row }) => row)).toEqual([
      { id: 'u1', buyer: '小王', receivedAt: NOW - 180_000, awaiting: true, active: true },
      {
        id: 'u2',
        buyer: 'Li',
        receivedAt: Date.parse('2026-11-23T07:00:00Z'),
        awaiting: false,
        active: false,
      },
      { id: 'u3', buyer: 'Zhao', receivedAt: 1795000000000, awaiting: true, active: false },
    ]);
    expect(rows[0]!.element.getAttribute('data-random')).toBe('u1');
  });

  it('falls back to the buyer name, skips duplicates and rows without id or name, reads unknown times as null', () => {
    list(`
      <li class="chat-item"><span class="nickname-span">Qian</span><p class="item-note">??</p></li>
      <li class="chat-item"><span class="nickname-span">Qian</span></li>
      <li class="chat-item"></li>`);
    const rows = readConversations(document, pinduoduo.selectors, NOW, SH);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'buyer:Qian', receivedAt: null, awaiting: false });
  });

  it('tries selectors in order and survives invalid pack selectors', () => {
    document.body.innerHTML = `<ul><li class="chat-item"><div data-random="x" class="chat-item-box active">
      <b class="chat-nickname">N</b><span class="chat-unreply-over-time"></span><time class="chat-time">昨天 14:05</time></div></li></ul>`;
    const selectors = {
      ...pinduoduo.selectors,
      conversationItem: ['::bad((', ...pinduoduo.selectors.conversationItem!],
    };
    const rows = readConversations(document, selectors, NOW, SH);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'x',
      buyer: 'N',
      awaiting: true,
      active: true,
      receivedAt: Date.parse('2026-11-22T14:05:00+08:00'),
    });
  });

  it('returns nothing when no row matches', () => {
    expect(readConversations(document, pinduoduo.selectors, NOW, SH)).toEqual([]);
  });
});

describe('ConversationTracker', () => {
  const row = (id: string, receivedAt: number | null, awaiting = true) => ({
    id,
    buyer: id,
    receivedAt,
    awaiting,
    active: false,
    element: document.body,
  });

  it('keeps the first time seen, so "just now" re-read later does not restart the clock', () => {
    const tracker = new ConversationTracker();
    tracker.update([row('a', NOW)], NOW);
    tracker.update([row('a', NOW + 60_000)], NOW + 60_000);
    expect(tracker.get('a')!.receivedAt).toBe(NOW);
    // A later, earlier-pointing reading is the better bound.
    tracker.update([row('a', NOW - 30_000)], NOW + 61_000);
    expect(tracker.get('a')!.receivedAt).toBe(NOW - 30_000);
  });

  it('remembers rows that scroll away and reports answered ones', () => {
    const tracker = new ConversationTracker();
    tracker.update([row('a', NOW), row('b', NOW - 1000)], NOW);
    expect(tracker.update([], NOW + 1000)).toEqual([]);
    expect(tracker.get('a')).toBeDefined();
    expect(tracker.update([row('a', NOW, false)], NOW + 2000)).toEqual([
      { id: 'a', receivedAt: NOW, answeredAt: NOW + 2000 },
    ]);
    expect(tracker.get('a')).toBeUndefined();
    expect(tracker.all().map((w) => w.id)).toEqual(['b']);
  });

  it('starts from first sight without a readable time, restarts on a much later message, forgets after a week', () => {
    const tracker = new ConversationTracker();
    tracker.update([row('c', null)], NOW);
    expect(tracker.get('c')!.receivedAt).toBe(NOW);
    tracker.update([row('c', NOW + 2 * 3_600_000)], NOW + 2 * 3_600_000);
    expect(tracker.get('c')!.receivedAt).toBe(NOW + 2 * 3_600_000);
    tracker.update([], NOW + 8 * 86_400_000);
    expect(tracker.get('c')).toBeUndefined();
  });

  it('restores memory from an earlier page load only for rows seen awaiting again', () => {
    const before = new ConversationTracker();
    before.update([row('a', NOW), row('b', NOW), row('c', null)], NOW);
    const after = new ConversationTracker();
    after.restore(before.memory(), NOW + 600_000);
    expect(after.all()).toEqual([]);
    // "刚刚" after the reload: the remembered time wins; answered ones are dropped without an event.
    expect(
      after.update([row('a', NOW + 600_000), row('b', NOW, false), row('c', null)], NOW + 600_000),
    ).toEqual([]);
    expect(after.get('a')!.receivedAt).toBe(NOW);
    expect(after.get('c')!.receivedAt).toBe(NOW);
    expect(after.get('b')).toBeUndefined();
    expect(
      after
        .memory()
        .map((w) => w.id)
        .sort(),
    ).toEqual(['a', 'c']);
    // A much later message is a new wait, and week-old memory is ignored.
    const later = new ConversationTracker();
    later.restore(before.memory(), NOW);
    later.update([row('a', NOW + 2 * 3_600_000)], NOW + 2 * 3_600_000);
    expect(later.get('a')!.receivedAt).toBe(NOW + 2 * 3_600_000);
    const stale = new ConversationTracker();
    stale.restore(before.memory(), NOW + 8 * 86_400_000);
    expect(stale.memory()).toEqual([]);
  });
});
