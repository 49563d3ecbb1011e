import { SendGuardDialog } from '@/components/send-guard/Dialog';
import { eachEditorWindow } from '@/lib/content/editor-scope';
import type { EditorSession } from '@/lib/content/editor-session';
import { defineFeature } from '@/lib/content/feature';
import { fixAll } from '@/lib/content/fix-all';
import { focusedElement, restoreFocus } from '@/lib/content/focus';
import { guarded, holdEvent } from '@/lib/content/handlers';
import { findSendControl } from '@/lib/content/send-control';
import { isReplaying, replaySend, type SendAttempt } from '@/lib/content/send-replay';
import { layerSlot } from '@/lib/content/ui-layer';
import type { Finding } from '@/lib/detect/types';
import type { Editor } from '@/lib/editor/types';
import { fixAllAction } from '@/lib/findings/fixes';
import { t } from '@/lib/i18n';
import { addOverride } from '@/lib/send-guard/override-count';
import { sendChord } from '@/lib/send-guard/send-keys';
import { overrideCount } from '@/lib/storage/items';

interface DialogState {
  attempt: SendAttempt;
  findings: Finding[];
  /** The engine failed: the reply is not checked (the guard holds every send then, see docs/security.md). */
  unchecked?: boolean;
  error?: string;
  /** Where the focus was when the guard stepped in: it goes back there when the dialog closes. */
  focus: HTMLElement | null;
}

/** A press opens the dialog on whichever of these comes first; the rest of that press is held. */
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'click'] as const;
const RELEASE_EVENTS = ['pointerup', 'mouseup'] as const;
const blocks = (findings: Finding[]) => findings.some((finding) => finding.severity === 'block');
const hasFix = (finding: Finding) => {
  const action = fixAllAction(finding);
  return action !== null && action !== 'keep';
};

/** Fix all; then null (nothing blocking is left: the dialog closes), or the dialog saying what stayed and why. */
async function fixAllStep(session: EditorSession, state: DialogState): Promise<DialogState | null> {
  const { ok, applied, findings } = await fixAll(session, state.attempt.editor);
  if (ok) return null;
  // Something was fixed (or nothing had a safe fix): what is left stays on purpose. Else the editor refused.
  const kept = applied || !findings.some(hasFix);
  return { ...state, findings, error: t(kept ? 'sendGuardFixAllKept' : 'sendGuardFixAllFailed') };
}

/**
 * Stops a reply with a `block` finding at the send key or the send button (capture phase, before the
 * app), and asks: keep editing, fix all, or send anyway. Clean replies pass untouched.
 */
export const sendGuard = defineFeature({
  id: 'send-guard',
  frames: 'outer',
  pages: 'any',
  needs: ['editor', 'engine'],
  init({ signal, editor: session, layer, platform, portal, rules, whileLoading }) {
    const show = layerSlot(layer, 'send-guard', signal);
    let dialog: DialogState | null = null;
    let swallowKeyUp = false;

    const render = (next: DialogState | null) => {
      dialog = next;
      show(
        next && (
          <SendGuardDialog
            findings={next.findings}
            unchecked={next.unchecked}
            error={next.error}
            onCancel={() => close(next)}
            onFixAll={() =>
              void fixAllStep(session, next).then((after) => (after ? render(after) : close(next)))
            }
            onSendAnyway={() => sendAnyway(next)}
          />
        ),
      );
    };
    const close = (closing: DialogState) => {
      render(null);
      restoreFocus(closing.focus, closing.attempt.editor);
    };
    const sendAnyway = guarded((closing: DialogState) => {
      const { attempt } = closing;
      close(closing);
      replaySend(attempt);
      // Counting is best effort and comes after: the reply goes out at once.
      overrideCount.update((count) => addOverride(count, platform, Date.now())).catch(() => undefined);
    });

    /**
     * Holds the event when the whole text (linted afresh) has a blocking finding, or could not be checked
     * at all; returns why then.
     */
    const check = (
      event: Event | null,
      editor: Editor,
    ): Pick<DialogState, 'findings' | 'unchecked'> | null => {
      if (isReplaying() || !session.state.get().active) return null;
      const snapshot = session.lintNow(editor);
      const unchecked = snapshot.check === 'failed';
      if (!snapshot.active || (!unchecked && !blocks(snapshot.findings))) return null;
      if (event) holdEvent(event);
      return { findings: snapshot.findings, unchecked };
    };

    // The keyup of a held Enter is held too (apps may send on keyup).
    const onKeyUp = guarded((event: KeyboardEvent) => {
      if (isReplaying() || !swallowKeyUp || event.key !== 'Enter') return;
      swallowKeyUp = false;
      holdEvent(event);
    });
    const onKey = guarded((event: KeyboardEvent) => {
      if (isReplaying() || session.composing()) return;
      const chord = sendChord(event, portal?.sendKeys ?? ['Enter', 'Ctrl+Enter']);
      const editor = chord && session.editorFor(event);
      if (!chord || !editor) return;
      if (dialog) return holdEvent(event);
      const verdict = check(event, editor);
      if (!verdict || event.type !== 'keydown') return;
      swallowKeyUp = true;
      const target = (event.composedPath()[0] as HTMLElement | undefined) ?? editor.el;
      render({ attempt: { kind: 'key', chord, target, editor }, ...verdict, focus: focusedElement() });
    });

    // A press on the send control: the first of pointerdown, mousedown or click opens the dialog (apps
    // send on any of them); while it is open, the rest of the press is held and never handled again.
    const onPointer = guarded((event: MouseEvent) => {
      if (isReplaying() || event.button > 0 || event.composedPath().includes(layer.host)) return;
      const editor = session.state.get().editor;
      const button = findSendControl(event.composedPath(), rules.get().selectors.sendButton ?? [], editor);
      if (!button || !editor) return;
      if (dialog) return holdEvent(event);
      if (!(PRESS_EVENTS as readonly string[]).includes(event.type)) return;
      const focus = focusedElement();
      const verdict = check(event, editor);
      const target = (event.composedPath()[0] as Element | undefined) ?? button;
      if (verdict) render({ attempt: { kind: 'click', button, target, editor }, ...verdict, focus });
    });

    // A send made while the guard loaded: decided now, on the reply as it is now.
    const held = whileLoading?.takeHeldSend();
    const editor = session.state.get().editor;
    if (held && editor) {
      const attempt: SendAttempt = { ...held, editor };
      const verdict = check(null, editor);
      if (verdict) render({ attempt, ...verdict, focus: focusedElement() });
      else replaySend(attempt);
    }

    // Key and pointer events in an editor's frames stay in their windows: listen there too.
    eachEditorWindow(session.state, signal, (win, scope) => {
      for (const type of ['keydown', 'keypress'] as const)
        win.addEventListener(type, onKey, { capture: true, signal: scope });
      win.addEventListener('keyup', onKeyUp, { capture: true, signal: scope });
      for (const type of [...PRESS_EVENTS, ...RELEASE_EVENTS])
        win.addEventListener(type, onPointer, { capture: true, signal: scope });
    });
  },
});
