import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEditorSession } from '@/lib/content/editor-session';
import { observable } from '@/lib/content/observable';
import type { Linter } from '@/lib/detect/types';
import { SettingsSchema } from '@/lib/settings/schema';
import { badWordLinter } from '@/tests/support/bad-linter';

const { linter } = badWordLinter();

function makeEnv(selectors: string[] = ['textarea.reply']) {
  const controller = new AbortController();
  const settings = observable(SettingsSchema.parse({}));
  const deps = {
    signal: controller.signal,
    rules: observable({ linter, selectors: { editor: selectors } }),
    settings,
  };
  return { deps, controller, settings };
}

function type(el: HTMLTextAreaElement, value: string, init: InputEventInit = {}) {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, ...init }));
}

describe('editor session', () => {
  let stop: AbortController | undefined;
  afterEach(() => {
    stop?.abort();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('finds the editor by selector and lints each input', () => {
    document.body.innerHTML = '<textarea class="reply"></textarea>';
    const { deps, controller } = makeEnv();
    stop = controller;
    const session = createEditorSession(deps);
    const area = document.querySelector('textarea')!;
    expect(session.state.get().editor?.el).toBe(area);
    type(area, 'a bad word');
    expect(session.state.get().findings.map((f) => f.start)).toEqual([2]);
  });

  it('does not lint while composing, then lints on compositionend', () => {
    document.body.innerHTML = '<textarea class="reply"></textarea>';
    const { deps, controller } = makeEnv();
    stop = controller;
    const session = createEditorSession(deps);
    const area = document.querySelector('textarea')!;
    area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(session.composing()).toBe(true);
    type(area, 'bad', { isComposing: true });
    expect(session.state.get().findings).toEqual([]);
    area.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(session.composing()).toBe(false);
    expect(session.state.get().findings).toHaveLength(1);
  });

  it('keeps a composition begun while it loaded, and new rules do not lint a composing text', () => {
    document.body.innerHTML = '<textarea class="reply"></textarea>';
    const { deps, controller, settings } = makeEnv();
    stop = controller;
    const area = document.querySelector('textarea')!;
    area.value = 'a bad word';
    const session = createEditorSession({ ...deps, whileLoading: { composing: () => true } });
    expect(session.state.get().editor?.el).toBe(area);
    expect(session.composing()).toBe(true);
    deps.rules.set({ ...deps.rules.get() });
    settings.set({ ...settings.get() });
    expect(session.state.get().findings).toEqual([]);
    area.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(session.state.get().findings).toHaveLength(1);
  });

  it('takes any focused textarea (generic path) and follows a re-mounted editor', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="app"><textarea class="other"></textarea></div>';
    const { deps, controller } = makeEnv([]);
    stop = controller;
    const session = createEditorSession(deps);
    expect(session.state.get().editor).toBeNull();
    const other = document.querySelector<HTMLTextAreaElement>('textarea.other')!;
    other.focus();
    expect(session.state.get().editor?.el).toBe(other);
    // The app re-renders: the old editor goes, a new one comes.
    document.querySelector('#app')!.innerHTML = '<textarea class="other"></textarea>';
    await vi.advanceTimersByTimeAsync(500);
    const fresh = document.querySelector<HTMLTextAreaElement>('textarea.other')!;
    expect(session.state.get().editor).toBeNull();
    fresh.focus();
    type(fresh, 'bad');
    expect(session.state.get().editor?.el).toBe(fresh);
    expect(session.state.get().findings).toHaveLength(1);
  });

  it('shows nothing while paused or switched off for the site', () => {
    document.body.innerHTML = '<textarea class="reply"></textarea>';
    const { deps, controller, settings } = makeEnv();
    stop = controller;
    const session = createEditorSession(deps);
    const area = document.querySelector('textarea')!;
    type(area, 'bad');
    expect(session.state.get().findings).toHaveLength(1);
    settings.set({ ...settings.get(), pausedUntil: Date.now() + 60_000 });
    expect(session.state.get()).toMatchObject({ active: false, findings: [] });
    settings.set({ ...settings.get(), pausedUntil: 0, disabledHosts: [location.hostname] });
    expect(session.state.get()).toMatchObject({ active: false, findings: [] });
  });

  it('stops listening when the signal aborts', () => {
    document.body.innerHTML = '<textarea class="reply"></textarea>';
    const { deps, controller } = makeEnv();
    const session = createEditorSession(deps);
    const area = document.querySelector('textarea')!;
    controller.abort();
    type(area, 'bad');
    expect(session.state.get().findings).toEqual([]);
  });
});

describe('editor session in a conversation', () => {
  afterEach(() => document.body.replaceChildren());

  it("lints the reply with the agent's recent messages and warns when its language is not the buyer's", () => {
    document.body.innerHTML =
      '<ul><li class="m b"><p>พัสดุของฉันอยู่ที่ไหนแล้วคะ</p></li><li class="m a"><p>加我</p></li></ul><textarea class="reply"></textarea>';
    const seen: Array<readonly string[] | undefined> = [];
    const spy: Linter = {
      lint(_text, options) {
        seen.push(options?.previous);
        return [];
      },
    };
    const controller = new AbortController();
    const session = createEditorSession({
      signal: controller.signal,
      rules: observable({
        linter: spy,
        selectors: {
          editor: ['textarea.reply'],
          messages: ['li.m'],
          buyerMessage: ['.b'],
          agentMessage: ['.a'],
          messageText: ['p'],
        },
      }),
      settings: observable(SettingsSchema.parse({})),
      platform: 'shopee',
    });
    const el = document.querySelector('textarea')!;
    type(el, 'Your parcel is on its way and arrives soon.');
    const snapshot = session.lintNow();
    expect(seen.at(-1)).toEqual(['加我']);
    expect(snapshot.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['buyer.language-mismatch', 'warn'],
    ]);
    expect(session.conversation().buyerLanguage).toBe('th');
    controller.abort();
  });
});
