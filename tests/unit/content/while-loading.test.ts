import { afterEach, describe, expect, it } from 'vitest';
import { catchInputWhileLoading, type LoadingState } from '@/lib/content/while-loading';
import { pinduoduo } from '@/lib/portals/pinduoduo';
import { agentClick, agentKey, asAgent } from '@/tests/support/agent-events';

function page() {
  document.body.innerHTML =
    '<textarea id="replyTextarea"></textarea><input id="search"><button class="send-btn"><span>发送</span></button>';
  const controller = new AbortController();
  const state: LoadingState = { held: [], composing: false, keys: [], pickerAsked: false };
  catchInputWhileLoading(window, pinduoduo, controller.signal, state);
  const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
  return { controller, state, box: $('#replyTextarea'), search: $('#search'), send: $('.send-btn span') };
}

describe("the agent's input while the editing features load", () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("stops the agent's send key in a reply box before the page sees it, and keeps it", () => {
    const { state, box, controller } = page();
    let pageSaw = 0;
    box.addEventListener('keydown', () => pageSaw++);
    expect(agentKey(box, 'Enter')).toBe(false);
    expect(pageSaw).toBe(0);
    expect(state.held).toEqual([{ kind: 'key', chord: 'Enter', target: box }]);
    // Other keys, a key in a search box, and the page's own events pass untouched.
    expect(agentKey(box, 'a')).toBe(true);
    expect(agentKey(box, 'Enter', { shiftKey: true })).toBe(true);
    expect(
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })),
    ).toBe(true);
    expect(state.held).toHaveLength(1);
    // The agent's keys are noted, oldest first; the page's are not.
    expect(state.keys.map((key) => `${key.shiftKey ? 'Shift+' : ''}${key.key}`)).toEqual([
      'Enter',
      'a',
      'Shift+Enter',
    ]);
    controller.abort();
    expect(agentKey(box, 'Enter')).toBe(true);
  });

  it('stops a press on the send button, whole, and keeps it once', () => {
    const { state, send } = page();
    expect(
      send.dispatchEvent(asAgent(new MouseEvent('pointerdown', { bubbles: true, cancelable: true }))),
    ).toBe(false);
    expect(agentClick(send)).toBe(false);
    expect(state.held).toEqual([{ kind: 'click', button: send.parentElement, target: send }]);
  });

  it('follows an IME composition, so the session that starts meanwhile does not lint it', () => {
    const { state, box } = page();
    box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(state.composing).toBe(true);
    expect(agentKey(box, 'Enter', { isComposing: true })).toBe(true);
    box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(state.composing).toBe(false);
    expect(state.held).toEqual([]);
  });
});
