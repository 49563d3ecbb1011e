import { Card } from '@/components/overlay/Card';
import { findingKey, Marks, type MarkView } from '@/components/overlay/Marks';
import { editorSession, guarded, handledByParent } from '@/lib/content/editor-session';
import type { ContentEnv, ContentFeature } from '@/lib/content/env';
import { eventInEditor } from '@/lib/editor/find-editor';
import { caretRange } from '@/lib/editor/insert';
import { rangeBoxes } from '@/lib/editor/rects';
import type { Box, Editor } from '@/lib/editor/types';
import { FixHistory } from '@/lib/editor/undo';
import { t } from '@/lib/i18n';
import { chords, matchesAny } from '@/lib/keys/chord';
import { CARD_KEY, UNDO_KEYS } from '@/lib/keys/commands';
import { findingAt } from '@/lib/overlay/pick';

/** Opens the card of the finding at the caret (also works when the marks are not under the mouse). */
const CARD_CHORD = chords(CARD_KEY);
const UNDO_CHORDS = chords(...UNDO_KEYS);

/** Per-page shared history so the send guard's "fix all" is undoable the same way. */
export const fixHistory = new FixHistory();

interface CardState {
  key: string;
  focus: boolean;
  error?: string;
}

/** Marks over findings in the reply box, the explanation card with one-click fixes, Ctrl+Z for our fixes. */
export const lintOverlay: ContentFeature = {
  id: 'lint-overlay',
  init(env: ContentEnv) {
    if (handledByParent()) return;
    const { signal } = env;
    const session = editorSession(env);
    let marks: MarkView[] = [];
    let card: CardState | null = null;
    let overCard = false;
    let hideTimer = 0;
    let frame = 0;

    const draw = guarded(() => {
      frame = 0;
      if (signal.aborted) return;
      const { editor, findings, active } = session.state.get();
      if (!editor || !active || !findings.length || session.composing()) {
        marks = [];
      } else {
        // One mark per distinct finding (two rules may report the same span under the same id).
        const unique = findings.filter(
          (finding, index) =>
            findings.findIndex((other) => findingKey(other) === findingKey(finding)) === index,
        );
        const boxes = rangeBoxes(editor, unique, env.layer.shadow);
        marks = unique.map((finding, index) => ({
          key: findingKey(finding),
          finding,
          boxes: boxes[index] ?? [],
        }));
      }
      if (card && !marks.some((mark) => mark.key === card?.key)) card = null;
      const shown = marks.filter((mark) => mark.boxes.length);
      const open = card ? marks.find((mark) => mark.key === card?.key) : undefined;
      env.layer.render(
        'overlay',
        <>
          <Marks marks={shown} active={card?.key ?? null} />
          {open && editor ? (
            <Card
              finding={open.finding}
              anchor={open.boxes[0] ?? editorBox(editor)}
              focus={card?.focus ?? false}
              error={card?.error}
              onClose={() => closeCard(true)}
              onPointer={(inside) => {
                overCard = inside;
                if (!inside) scheduleHide();
                else window.clearTimeout(hideTimer);
              }}
              onFix={(fix) => {
                void applyFix(editor, open.finding.start, open.finding.end, fix.text);
              }}
            />
          ) : null}
        </>,
      );
    });
    const schedule = () => {
      if (!frame && !signal.aborted) frame = requestAnimationFrame(draw);
    };

    const editorBox = (editor: Editor): Box => {
      const rect = (editor.frame ?? editor.anchor).getBoundingClientRect();
      return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    };

    const closeCard = (refocus: boolean) => {
      const editor = session.state.get().editor;
      card = null;
      overCard = false;
      schedule();
      if (refocus && editor) editor.el.focus();
    };
    const scheduleHide = () => {
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => {
        if (card && !card.focus && !overCard) closeCard(false);
      }, 300);
    };

    const applyFix = async (editor: Editor, start: number, end: number, text: string) => {
      if (session.composing()) return;
      const key = card?.key;
      const result = await fixHistory.apply(editor, [{ start, end, text }]);
      session.lintNow();
      if (result.ok) card = null;
      else if (key) card = { key, focus: true, error: t('overlayFixFailed') };
      schedule();
    };

    session.state.subscribe(schedule, signal);

    // Follow layout: scrolling anywhere (capture sees element scrolls), resizing, zoom, the editor's size.
    const passive = { capture: true, passive: true, signal };
    window.addEventListener('scroll', schedule, passive);
    window.addEventListener('resize', schedule, passive);
    const resize = new ResizeObserver(schedule);
    let watched: Editor | null = null;
    let editorScope: AbortController | null = null;
    const watch = (editor: Editor | null) => {
      if (editor?.el === watched?.el) return;
      resize.disconnect();
      editorScope?.abort();
      watched = editor;
      if (!editor) return;
      editorScope = new AbortController();
      const options = { capture: true, passive: true, signal: editorScope.signal };
      resize.observe(editor.anchor);
      if (editor.el !== editor.anchor) resize.observe(editor.el);
      // Scroll events do not cross shadow roots or frames: listen on the editor (and its window) too.
      editor.el.addEventListener('scroll', schedule, options);
      const view = editor.el.ownerDocument.defaultView;
      if (view && view !== window) {
        view.addEventListener('scroll', schedule, options);
        view.addEventListener('mousemove', (event) => onMove(event, editor), options);
        view.addEventListener('keydown', onKey, { capture: true, signal: editorScope.signal });
      }
    };
    session.state.subscribe(({ editor }) => watch(editor), signal);
    signal.addEventListener(
      'abort',
      () => {
        resize.disconnect();
        editorScope?.abort();
        cancelAnimationFrame(frame);
        window.clearTimeout(hideTimer);
        env.layer.render('overlay', null);
      },
      { once: true },
    );

    // Hover: hit-test the marks' boxes (marks take no pointer events, so clicks reach the text).
    const onMove = guarded((event: MouseEvent, frameEditor?: Editor) => {
      if (!marks.length) return;
      let x = event.clientX;
      let y = event.clientY;
      if (frameEditor?.frame) {
        const rect = frameEditor.frame.getBoundingClientRect();
        x += rect.left + frameEditor.frame.clientLeft;
        y += rect.top + frameEditor.frame.clientTop;
      }
      if (event.composedPath().includes(env.layer.host)) return; // over our card
      const hit = marks.find((mark) =>
        mark.boxes.some(
          (box) =>
            x >= box.left && x <= box.left + box.width && y >= box.top - 2 && y <= box.top + box.height + 3,
        ),
      );
      if (hit) {
        window.clearTimeout(hideTimer);
        if (card?.key !== hit.key) {
          card = { key: hit.key, focus: false };
          schedule();
        }
      } else if (card && !card.focus) {
        scheduleHide();
      }
    });
    window.addEventListener('mousemove', (event) => onMove(event), passive);

    // Keyboard: the shortcut opens the card at the caret; Ctrl+Z right after our fix undoes it.
    const onKey = guarded((event: KeyboardEvent) => {
      const editor = session.state.get().editor;
      if (!editor || event.isComposing || session.composing()) return;
      if (matchesAny(event, CARD_CHORD) && eventInEditor(event, editor)) {
        const { findings } = session.lintNow();
        const finding = findingAt(findings, caretRange(editor).start);
        if (!finding) return;
        event.preventDefault();
        event.stopPropagation();
        card = { key: findingKey(finding), focus: true };
        schedule();
        return;
      }
      if (matchesAny(event, UNDO_CHORDS) && eventInEditor(event, editor) && fixHistory.canUndo(editor)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        void fixHistory.undo(editor).then(() => session.lintNow());
      }
    });
    window.addEventListener('keydown', onKey, { capture: true, signal });
    watch(session.state.get().editor);
    schedule();
  },
};
