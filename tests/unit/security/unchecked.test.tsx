// Typing never waits for a long lint, the send guard decides on the whole text, and a reply the engine
// could not check is never shown as clean or let through silently (issue #12, items 4 and 7).
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Chip, chipState } from '@/components/overlay/Chip';
import { sendGuard } from '@/entrypoints/content/features/send-guard';
import { createEditorSession } from '@/lib/content/editor-session';
import { observable } from '@/lib/content/observable';
import type { Idle } from '@/lib/content/sliced-lint';
import type { Linter } from '@/lib/detect/types';
import { SettingsSchema } from '@/lib/settings/schema';
import { badWordLinter } from '@/tests/support/bad-linter';
import { testEnv } from '@/tests/support/content-env';

const countingLinter = badWordLinter;
const broken: Linter = {
  lint() {
    throw new Error('engine broke');
  },
};

/** Idle callbacks run when the test says so. */
function manualIdle() {
  const queue: Array<() => void> = [];
  const idle: Idle = (work) => {
    queue.push(work);
    return () => queue.splice(queue.indexOf(work) >>> 0, 1);
  };
  return {
    idle,
    runAll: () => {
      while (queue.length) queue.shift()!();
    },
    pending: () => queue.length,
  };
}

function setup(linter: Linter, idle?: Idle) {
  document.body.innerHTML = '<textarea class="reply"></textarea>';
  const stop = new AbortController();
  const rules = observable({ linter, selectors: { editor: ['textarea.reply'] } });
  const session = createEditorSession({
    signal: stop.signal,
    rules,
    settings: observable(SettingsSchema.parse({})),
    idle,
  });
  const area = document.querySelector('textarea')!;
  const type = (value: string) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  return { session, area, type, stop };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('long replies', () => {
  const long = `${'fine words here '.repeat(300)}bad ${'more fine words '.repeat(300)}bad end`;

  it('are linted in slices when the page is idle, not on the keystroke, with the whole text’s findings', () => {
    const { linter, seen } = countingLinter();
    const idle = manualIdle();
    const { session, type, stop } = setup(linter, idle.idle);
    type(long);
    expect(seen.calls).toBe(0);
    expect(session.state.get().check).toBe('pending');
    expect(idle.pending()).toBe(1);
    idle.runAll();
    expect(seen.calls).toBeGreaterThan(5);
    expect(session.state.get().check).toBe('done');
    expect(session.state.get().findings.map((f) => f.start)).toEqual(linter.lint(long).map((f) => f.start));
    stop.abort();
  });

  it('are linted whole before a send: the guard never decides on a pending result', () => {
    const { linter } = countingLinter();
    const idle = manualIdle();
    const { session, type, stop } = setup(linter, idle.idle);
    type(long);
    const snapshot = session.lintNow();
    expect(snapshot.check).toBe('done');
    expect(snapshot.findings).toHaveLength(2);
    stop.abort();
  });

  it('short replies are still linted at once', () => {
    const { linter, seen } = countingLinter();
    const { session, type, stop } = setup(linter, manualIdle().idle);
    type('a bad word');
    expect(seen.calls).toBe(1);
    expect(session.state.get()).toMatchObject({ check: 'done', findings: [{ start: 2 }] });
    stop.abort();
  });
});

describe('when the engine fails', () => {
  it('the session says the reply is not checked, and the chip says so instead of a clean tick', () => {
    const { session, type, stop } = setup(broken);
    type('hello');
    expect(session.state.get()).toMatchObject({ check: 'failed', findings: [] });
    expect(chipState({ block: 0, warn: 0, info: 0 }, true, 'failed')).toBe('unchecked');
    const host = document.createElement('div');
    render(<Chip counts={{ block: 0, warn: 0, info: 0 }} active check="failed" left={0} top={0} />, host);
    expect(host.querySelector('[data-replyguard-chip]')?.getAttribute('data-state')).toBe('unchecked');
    expect(host.textContent).toMatch(/Not checked/);
    stop.abort();
  });

  it('the send guard holds the send and says the reply was not checked', async () => {
    const stop = new AbortController();
    document.body.innerHTML = '<textarea class="reply"></textarea>';
    const { env, shadow } = testEnv({
      signal: stop.signal,
      platform: 'shopee',
      rules: { packs: [], selectors: { editor: ['textarea.reply'] }, linter: broken },
    });
    const editor = createEditorSession({ ...env });
    await sendGuard.init({ ...env, editor });
    const area = document.querySelector('textarea')!;
    area.value = 'hello';
    area.focus();
    const enter = new KeyboardEvent('keydown', {
      key: 'Enter',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    area.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    const dialog = shadow.querySelector('[data-replyguard-dialog="send-guard"]');
    expect(dialog?.querySelector('[data-unchecked]')?.textContent).toMatch(/could not check/);
    expect(dialog?.querySelector('[data-action="fix-all"]')).toBeNull();
    expect(dialog?.querySelector('[data-action="send-anyway"]')).not.toBeNull();
    stop.abort();
  });
});
