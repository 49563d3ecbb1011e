import { SendGuardDialog } from '@/components/send-guard/Dialog';
import { editorSession, guarded, handledByParent } from '@/lib/content/editor-session';
import type { ContentEnv, ContentFeature } from '@/lib/content/env';
import type { Finding } from '@/lib/detect/types';
import { eventInEditor } from '@/lib/editor/find-editor';
import { editorFromFocusPath, sameEditor } from '@/lib/editor/resolve';
import type { Editor } from '@/lib/editor/types';
import { fixAllEdits } from '@/lib/findings/fixes';
import { t } from '@/lib/i18n';
import type { SendKey } from '@/lib/portals/types';
import { countOverride } from '@/lib/send-guard/override-count';
import { isSendLabel, sendChord } from '@/lib/send-guard/send-keys';
import { fixHistory } from './lint-overlay';

/** What the agent tried: pressing the send chord in the editor, or clicking the send button. */
type Attempt =
  | { kind: 'key'; chord: SendKey; target: HTMLElement; editor: Editor }
  | { kind: 'click'; button: HTMLElement; editor: Editor };

interface DialogState {
  attempt: Attempt;
  findings: Finding[];
  error?: string;
}

const blocking = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'block');

/**
 * Stops a reply with a `block` finding at the send key or the send button (capture phase, before the
 * app), and asks: keep editing, fix all, or send anyway. Clean replies pass untouched.
 */
export const sendGuard: ContentFeature = {
  id: 'send-guard',
  init(env: ContentEnv) {
    if (handledByParent()) return;
    const { signal } = env;
    const session = editorSession(env);
    let dialog: DialogState | null = null;
    let bypass = false;
    let swallowKeyUp = false;

    const render = () => {
      if (!dialog) {
        env.layer.render('send-guard', null);
        return;
      }
      const state = dialog;
      env.layer.render(
        'send-guard',
        <SendGuardDialog
          findings={state.findings}
          error={state.error}
          onCancel={() => close(state.attempt.editor)}
          onFixAll={() => void fixAll(state)}
          onSendAnyway={() => sendAnyway(state)}
        />,
      );
    };

    const close = (editor: Editor | null) => {
      dialog = null;
      render();
      editor?.el.focus();
    };

    const fixAll = async (state: DialogState) => {
      const { editor } = state.attempt;
      const current = session.lintNow(editor).findings;
      const targets = current.filter(
        (finding) => finding.severity === 'block' || finding.replacement !== undefined,
      );
      const result = await fixHistory.apply(editor, fixAllEdits(targets));
      const after = session.lintNow(editor).findings;
      if (result.ok && blocking(after).length === 0) {
        close(editor);
        return;
      }
      dialog = { ...state, findings: after, error: t('sendGuardFixAllFailed') };
      render();
    };

    const sendAnyway = (state: DialogState) => {
      dialog = null;
      render();
      resend(state.attempt);
      // Counting is best effort and comes after: the reply goes out at once.
      countOverride(env.platform).catch(() => undefined);
    };

    /** Re-dispatches the send the agent asked for, letting it through this once. */
    const resend = guarded((attempt: Attempt) => {
      bypass = true;
      try {
        if (attempt.kind === 'click') {
          attempt.button.click();
          return;
        }
        attempt.editor.el.focus();
        const view = (attempt.target.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
        const ctrl = attempt.chord === 'Ctrl+Enter';
        for (const type of ['keydown', 'keypress', 'keyup']) {
          const event = new view.KeyboardEvent(type, {
            key: 'Enter',
            code: 'Enter',
            keyCode: 13,
            which: 13,
            charCode: type === 'keypress' ? 13 : 0,
            ctrlKey: ctrl,
            bubbles: true,
            cancelable: true,
            composed: true,
          });
          attempt.target.dispatchEvent(event);
        }
      } finally {
        bypass = false;
      }
    });

    /** The editor an event concerns: the current one, or one the agent reached without focus events. */
    const editorFor = (event: Event): Editor | null => {
      const current = session.state.get().editor;
      if (current && eventInEditor(event, current)) return current;
      const found = editorFromFocusPath(event.composedPath());
      if (found && !sameEditor(found, current)) session.adopt(found);
      return found;
    };

    /** Blocks the event when the editor's text has a blocking finding; returns the findings then. */
    const check = (event: Event, editor: Editor): Finding[] | null => {
      if (bypass || !session.state.get().active) return null;
      const snapshot = session.lintNow(editor);
      if (!snapshot.active || blocking(snapshot.findings).length === 0) return null;
      event.preventDefault();
      event.stopImmediatePropagation();
      return snapshot.findings;
    };

    const onKey = guarded((event: KeyboardEvent) => {
      if (bypass) return;
      if (event.type === 'keyup') {
        if (swallowKeyUp && event.key === 'Enter') {
          swallowKeyUp = false;
          event.preventDefault();
          event.stopImmediatePropagation();
        }
        return;
      }
      if (session.composing()) return;
      const keys = env.portal?.sendKeys ?? ['Enter', 'Ctrl+Enter'];
      const chord = sendChord(event, keys);
      if (!chord) return;
      const editor = editorFor(event);
      if (!editor) return;
      if (dialog) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      const findings = check(event, editor);
      if (!findings) return;
      if (event.type === 'keydown') {
        swallowKeyUp = true;
        const target = (event.composedPath()[0] as HTMLElement | undefined) ?? editor.el;
        dialog = { attempt: { kind: 'key', chord, target, editor }, findings };
        render();
      }
    });

    /** The send button in an event's path: a portal selector, or (generic) a button saying "Send". */
    const sendButtonIn = (event: Event, editor: Editor | null): HTMLElement | null => {
      const selectors = env.rules.get().selectors.sendButton ?? [];
      const path = event.composedPath().filter((node): node is HTMLElement => (node as Node).nodeType === 1);
      for (const el of path) {
        for (const selector of selectors) {
          try {
            if (el.matches(selector)) return el;
          } catch {
            // invalid selector from a pack
          }
        }
      }
      if (!editor) return null;
      const button = path.find(
        (el) =>
          el.tagName === 'BUTTON' ||
          el.getAttribute('role') === 'button' ||
          (el.tagName === 'INPUT' && ['submit', 'button'].includes((el as HTMLInputElement).type)),
      );
      if (!button) return null;
      const label =
        button.tagName === 'INPUT' ? (button as HTMLInputElement).value : (button.textContent ?? '');
      if (!isSendLabel(label) && !isSendLabel(button.getAttribute('aria-label') ?? '')) return null;
      // Near the editor: within 400px of its box.
      const a = button.getBoundingClientRect();
      const b = (editor.frame ?? editor.anchor).getBoundingClientRect();
      const gap = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom, 0);
      return gap <= 400 ? button : null;
    };

    const onPointer = guarded((event: MouseEvent) => {
      if (bypass || event.button > 0) return;
      if (event.composedPath().includes(env.layer.host)) return;
      const editor = session.state.get().editor;
      const button = sendButtonIn(event, editor);
      if (!button || !editor) return;
      if (dialog) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      const findings = check(event, editor);
      if (!findings || event.type !== 'click') return;
      dialog = { attempt: { kind: 'click', button, editor }, findings };
      render();
    });

    const options = { capture: true, signal };
    for (const type of ['keydown', 'keypress', 'keyup'] as const)
      window.addEventListener(type, onKey, options);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const) {
      window.addEventListener(type, onPointer, options);
    }
    // Editors in iframes: their key events stay in the iframe's window.
    let frameScope: AbortController | null = null;
    let frameView: Window | null = null;
    const watch = (editor: Editor | null) => {
      const view = editor?.el.ownerDocument.defaultView ?? null;
      if (view === frameView) return;
      frameScope?.abort();
      frameScope = null;
      frameView = view !== window ? view : null;
      if (!frameView) return;
      frameScope = new AbortController();
      signal.addEventListener('abort', () => frameScope?.abort(), { once: true });
      for (const type of ['keydown', 'keypress', 'keyup'] as const) {
        frameView.addEventListener(type, onKey as EventListener, {
          capture: true,
          signal: frameScope.signal,
        });
      }
    };
    session.state.subscribe(({ editor }) => watch(editor), signal);
    watch(session.state.get().editor);
    signal.addEventListener('abort', () => env.layer.render('send-guard', null), { once: true });
  },
};
