import { Overlay } from '@/components/overlay/Overlay';
import { eachEditorWindow, onEditorLayout } from '@/lib/content/editor-scope';
import { defineFeature } from '@/lib/content/feature';
import { guarded, trusted } from '@/lib/content/handlers';
import { nextFrame } from '@/lib/content/redraw';
import { layerSlot } from '@/lib/content/ui-layer';
import { eventInEditor } from '@/lib/editor/find-editor';
import { caretRange } from '@/lib/editor/insert';
import { editorRect, frameOffset, rangeBoxes } from '@/lib/editor/rects';
import type { Editor } from '@/lib/editor/types';
import { t } from '@/lib/i18n';
import { chords, matchesAny } from '@/lib/keys/chord';
import { CARD_KEY, UNDO_KEYS } from '@/lib/keys/commands';
import { CardControl } from '@/lib/overlay/card-control';
import { distinctFindings, findingAt, findingKey, type MarkView, markAt } from '@/lib/overlay/pick';

const CARD_CHORDS = chords(CARD_KEY);
const UNDO_CHORDS = chords(...UNDO_KEYS);
const PASSIVE = { capture: true, passive: true } as const;

/** Marks over findings in the reply box, the explanation card with one-click fixes, Ctrl+Z for our fixes. */
export const lintOverlay = defineFeature({
  id: 'lint-overlay',
  frames: 'outer',
  pages: 'any',
  needs: ['editor', 'engine'],
  init({ signal, editor: session, layer }) {
    const show = layerSlot(layer, 'overlay', signal);
    let marks: MarkView[] = [];

    const draw = guarded(() => {
      const { editor, findings, active } = session.state.get();
      const shown = editor && active && !session.composing() ? distinctFindings(findings) : [];
      const boxes = editor && shown.length ? rangeBoxes(editor, shown, layer.shadow) : [];
      marks = shown.map((finding, i) => ({ key: findingKey(finding), finding, boxes: boxes[i] ?? [] }));
      cards.keepOnly(new Set(marks.map((mark) => mark.key)));
      show(
        <Overlay
          marks={marks}
          card={cards.current}
          fallback={() => (editor ? editorRect(editor) : undefined)}
          onClose={() => {
            cards.close();
            editor?.el.focus();
          }}
          onPointer={(inside) => cards.pointerOnCard(inside)}
          onFix={({ finding }, fix) => editor && void applyFix(editor, finding.start, finding.end, fix.text)}
        />,
      );
    });
    const schedule = nextFrame(draw, signal);
    const cards = new CardControl(schedule);
    signal.addEventListener('abort', () => cards.stop(), { once: true });
    const applyFix = async (editor: Editor, start: number, end: number, text: string) => {
      if (session.composing()) return;
      const key = cards.current?.key;
      const result = await session.fixes.apply(editor, [{ start, end, text }]);
      session.lintNow();
      if (result.ok) cards.close();
      else if (key) cards.focus(key, t('overlayFixFailed'));
      else schedule();
    };

    // Hover: hit-test the marks' boxes (marks take no pointer events, so clicks reach the text).
    const onMove = (win: Window) =>
      trusted((event: MouseEvent) => {
        if (!marks.length || event.composedPath().includes(layer.host)) return;
        const shift = frameOffset(win === window ? null : (win.frameElement as HTMLIFrameElement | null));
        cards.hover(markAt(marks, event.clientX + shift.x, event.clientY + shift.y)?.key ?? null);
      });

    // Keyboard: the card key opens the card at the caret; Ctrl+Z right after our fix undoes it.
    const onKey = trusted((event: KeyboardEvent) => {
      const editor = session.state.get().editor;
      if (!editor || event.isComposing || session.composing() || !eventInEditor(event, editor)) return;
      if (matchesAny(event, CARD_CHORDS)) {
        const finding = findingAt(session.lintNow().findings, caretRange(editor).start);
        if (!finding) return;
        event.preventDefault();
        event.stopPropagation();
        cards.focus(findingKey(finding));
      } else if (matchesAny(event, UNDO_CHORDS) && session.fixes.canUndo(editor)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        void session.fixes.undo(editor).then(() => session.lintNow());
      }
    });

    // Redraw when the text, the layout, the editor's size or a scroll moves the marks.
    onEditorLayout(session.state, signal, schedule);
    eachEditorWindow(session.state, signal, (win, scope) => {
      win.addEventListener('mousemove', onMove(win), { ...PASSIVE, signal: scope });
      win.addEventListener('keydown', onKey, { capture: true, signal: scope });
    });
    schedule();
  },
});
