import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { slaBadges } from '@/entrypoints/content/features/sla-badges';
import type { ActiveRules } from '@/lib/content/env';
import { pinduoduo } from '@/lib/portals/pinduoduo';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { slaSettings } from '@/lib/storage/items';
import { testEnv } from '@/tests/support/content-env';

const RECEIVED = Date.parse('2026-11-23T10:00:00+08:00');

function makeEnv(controller: AbortController) {
  const linter = { lint: () => [] } as unknown as ActiveRules['linter'];
  const rules = { packs: bundledPacksFor('pinduoduo'), linter, selectors: pinduoduo.selectors };
  return testEnv({ signal: controller.signal, platform: 'pinduoduo', portal: pinduoduo, rules });
}

function page(awaitingB = true) {
  let app = document.getElementById('app');
  if (!app) {
    app = document.createElement('div');
    app.id = 'app';
    document.body.prepend(app);
  }
  app.innerHTML = `
    <div class="chat-list">
      <div class="chat-item-box active" data-random="a"><span class="nickname-span">Wang</span>
        <time class="chat-time" datetime="${new Date(RECEIVED).toISOString()}">10:00</time><i class="chat-unreply-time"></i></div>
      <div class="chat-item-box" data-random="b"><span class="nickname-span">Li</span>
        <time class="chat-time" datetime="2026-11-23T07:00:00+08:00">07:00</time>${awaitingB ? '<i class="chat-unreply-time"></i>' : ''}</div>
      <div class="chat-item-box" data-random="c"><span class="nickname-span">Zhao</span><span class="chat-time">09:00</span></div>
    </div>
    <textarea id="replyTextarea"></textarea>`;
}

const badge = (shadow: ShadowRoot, id: string, anchor = 'row') =>
  shadow.querySelector(`[data-replyguard-sla][data-conversation="${id}"][data-anchor="${anchor}"]`);

describe('sla-badges content feature', () => {
  let controller: AbortController;
  const reports: unknown[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    reports.length = 0;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      reports.push(message);
      return Promise.resolve({ ok: true, value: { ok: true } });
    });
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    vi.setSystemTime(RECEIVED + 60_000);
    // happy-dom does no layout: give every element a visible box.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 100, 200, 40));
    controller = new AbortController();
    page();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('draws contract-4 badges on waiting rows and by the reply box, counting down each second', async () => {
    const { env, shadow } = makeEnv(controller);
    await slaBadges.init(env);
    const a = badge(shadow, 'a')!;
    expect(a.getAttribute('data-state')).toBe('ok');
    expect(a.getAttribute('data-remaining-seconds')).toBe('120');
    expect(a.textContent).toContain('02:00');
    expect(a.getAttribute('role')).toBe('timer');
    expect(badge(shadow, 'a', 'editor')!.getAttribute('data-remaining-seconds')).toBe('120');
    // 07:00 Beijing time is outside Pinduoduo's counted hours.
    const b = badge(shadow, 'b')!;
    expect(b.getAttribute('data-state')).toBe('exempt');
    expect(b.hasAttribute('data-remaining-seconds')).toBe(false);
    // Not awaiting: no badge.
    expect(badge(shadow, 'c')).toBeNull();

    vi.advanceTimersByTime(61_000);
    expect(badge(shadow, 'a')!.getAttribute('data-remaining-seconds')).toBe('59');
    expect(badge(shadow, 'a')!.getAttribute('data-state')).toBe('due-soon');
    vi.advanceTimersByTime(60_000);
    expect(badge(shadow, 'a')!.getAttribute('data-remaining-seconds')).toBe('-1');
    expect(badge(shadow, 'a')!.getAttribute('data-state')).toBe('overdue');
    expect(shadow.querySelector('[aria-live="polite"]')!.textContent).toContain('Wang');
  });

  it('never touches the page DOM and stops everything on abort', async () => {
    const { env, shadow } = makeEnv(controller);
    const before = document.querySelector('.chat-list')!.innerHTML;
    await slaBadges.init(env);
    expect(document.querySelector('.chat-list')!.innerHTML).toBe(before);
    controller.abort();
    expect(shadow.querySelectorAll('[data-replyguard-sla]')).toHaveLength(0);
    vi.advanceTimersByTime(5000);
    expect(shadow.querySelectorAll('[data-replyguard-sla]')).toHaveLength(0);
  });

  it('reports the waiting set and answered conversations to the background', async () => {
    const { env } = makeEnv(controller);
    await slaBadges.init(env);
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
    const first = reports[0] as { type: string; payload: { waiting: Array<{ id: string; state: string }> } };
    expect(first.type).toBe('sla.report');
    expect(first.payload.waiting.map((w) => [w.id, w.state]).sort()).toEqual([
      ['a', 'ok'],
      ['b', 'exempt'],
    ]);
    page(false);
    vi.advanceTimersByTime(1000);
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(1));
    const last = reports.at(-1) as { payload: { answered: Array<{ id: string; receivedAt: number }> } };
    expect(last.payload.answered).toEqual([
      expect.objectContaining({
        id: 'b',
        receivedAt: Date.parse('2026-11-23T07:00:00+08:00'),
        deadline: null,
      }),
    ]);
  });

  it('remembers waiting conversations across page loads', async () => {
    const first = makeEnv(controller);
    await slaBadges.init(first.env);
    await vi.waitFor(async () => {
      const stored = await fakeBrowser.storage.local.get('sla.memory.pinduoduo');
      expect((stored['sla.memory.pinduoduo'] as Array<{ id: string }>).map((w) => w.id).sort()).toEqual([
        'a',
        'b',
      ]);
    });
    controller.abort();
    // After a reload the row only says "just now": the remembered receipt time still counts.
    controller = new AbortController();
    document.querySelector('[data-random="a"] .chat-time')!.outerHTML = '<span class="chat-time">刚刚</span>';
    vi.setSystemTime(RECEIVED + 90_000);
    const second = makeEnv(controller);
    await slaBadges.init(second.env);
    expect(badge(second.shadow, 'a')!.getAttribute('data-remaining-seconds')).toBe('90');
  });

  it('hides badges when switched off in settings', async () => {
    await fakeBrowser.storage.local.set({ [slaSettings.key]: { badges: false } });
    const { env, shadow } = makeEnv(controller);
    await slaBadges.init(env);
    expect(shadow.querySelectorAll('[data-replyguard-sla]')).toHaveLength(0);
  });
});
