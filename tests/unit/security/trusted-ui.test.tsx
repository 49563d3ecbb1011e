// ReplyGuard's controls in the page act only on the agent's own input: a page script's click() or
// dispatchEvent on our open shadow root does nothing (issue #12, item 1).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card } from '@/components/overlay/Card';
import { SendGuardDialog } from '@/components/send-guard/Dialog';
import { SuggestStrip } from '@/components/suggest/SuggestStrip';
import { trusted } from '@/lib/content/handlers';
import type { Finding } from '@/lib/detect/types';
import { TemplateSchema } from '@/lib/templates/schema';
import { agentClick, agentKey, asAgent } from '@/tests/support/agent-events';

const finding: Finding = {
  ruleId: 'common.im',
  category: 'contact.im',
  severity: 'block',
  start: 0,
  end: 8,
  match: 'WhatsApp',
  message: 'No messaging apps',
  replacement: '',
};

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const button = (selector: string) => host.querySelector<HTMLElement>(selector)!;

describe('trusted', () => {
  it('calls the handler for the agent’s events only, and keeps its errors from the page', () => {
    const seen = vi.fn();
    const handler = trusted(seen);
    handler(new MouseEvent('click'));
    expect(seen).not.toHaveBeenCalled();
    handler(asAgent(new MouseEvent('click')));
    expect(seen).toHaveBeenCalledOnce();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(() =>
      trusted(() => {
        throw new Error('boom');
      })(asAgent(new Event('x'))),
    ).not.toThrow();
  });
});

describe('send-guard dialog', () => {
  function mount() {
    const calls = { cancel: vi.fn(), fixAll: vi.fn(), sendAnyway: vi.fn() };
    act(() => {
      render(
        <SendGuardDialog
          findings={[finding]}
          onCancel={calls.cancel}
          onFixAll={calls.fixAll}
          onSendAnyway={calls.sendAnyway}
        />,
        host,
      );
    });
    return calls;
  }

  it('ignores a page script’s click() on send anyway, fix all and cancel, and its Escape', () => {
    const calls = mount();
    for (const action of ['send-anyway', 'fix-all', 'cancel']) {
      act(() => button(`[data-action="${action}"]`).click());
    }
    act(() => {
      button('[data-replyguard-dialog="send-guard"]').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    expect(calls.sendAnyway).not.toHaveBeenCalled();
    expect(calls.fixAll).not.toHaveBeenCalled();
    expect(calls.cancel).not.toHaveBeenCalled();
  });

  it('acts on the agent’s clicks and Escape', () => {
    const calls = mount();
    act(() => {
      agentClick(button('[data-action="send-anyway"]'));
      agentClick(button('[data-action="fix-all"]'));
      agentKey(button('[data-replyguard-dialog="send-guard"]'), 'Escape');
    });
    expect(calls.sendAnyway).toHaveBeenCalledOnce();
    expect(calls.fixAll).toHaveBeenCalledOnce();
    expect(calls.cancel).toHaveBeenCalledOnce();
  });
});

describe('explanation card', () => {
  function mount() {
    const calls = { fix: vi.fn(), close: vi.fn(), pointer: vi.fn() };
    act(() => {
      render(
        <Card
          findings={[finding]}
          anchor={{ left: 10, top: 10, width: 50, height: 16 }}
          focus={false}
          onFix={calls.fix}
          onClose={calls.close}
          onPointer={calls.pointer}
        />,
        host,
      );
    });
    return calls;
  }

  it('ignores a page script’s clicks on its fix and close buttons and its hover', () => {
    const calls = mount();
    act(() => button('[data-replyguard-fix]').click());
    act(() => button('button[aria-label]').click());
    act(() => {
      button('[data-replyguard-card]').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    expect(calls.fix).not.toHaveBeenCalled();
    expect(calls.close).not.toHaveBeenCalled();
    expect(calls.pointer).not.toHaveBeenCalled();
  });

  it('applies a fix on the agent’s click', () => {
    const calls = mount();
    act(() => {
      agentClick(button('[data-replyguard-fix]'));
    });
    expect(calls.fix).toHaveBeenCalledOnce();
  });
});

describe('suggestion strip', () => {
  it('takes the agent’s click on a suggestion, never the page’s click()', () => {
    const onPick = vi.fn();
    const templates = [
      TemplateSchema.parse({ id: 'a', title: '物流查询', body: 'A' }),
      TemplateSchema.parse({ id: 'b', title: '退款', body: 'B' }),
    ];
    act(() => {
      render(<SuggestStrip templates={templates} top={0} left={0} maxWidth={400} onPick={onPick} />, host);
    });
    act(() => button('[data-template-id="b"]').click());
    button('[data-template-id="b"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onPick).not.toHaveBeenCalled();
    act(() => void agentClick(button('[data-template-id="b"]')));
    expect(onPick).toHaveBeenCalledExactlyOnceWith(1);
  });
});
