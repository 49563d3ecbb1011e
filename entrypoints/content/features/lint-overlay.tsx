import { Overlay } from '@/components/overlay/Overlay';
import { onEditorLayout } from '@/lib/content/editor-layout';
import { eachEditorWindow } from '@/lib/content/editor-scope';
import { defineFeature } from '@/lib/content/feature';
import { guarded, trusted } from '@/lib/content/handlers';
import { nextFrame } from '@/lib/content/redraw';
import { layerSlot } from '@/lib/content/ui-layer';
import type { Finding } from '@/lib/detect/types';
import { eventInEditor } from '@/lib/editor/find-editor';
import { viewOffset } from '@/lib/editor/frames';
import { caretRange } from '@/lib/editor/insert';
import { editorRect, rangeBoxes } from '@/lib/editor/rects';
import type { Editor } from '@/lib/editor/types';
import { t } from '@/lib/i18n';
import { type Chord, chords, matchesAny, matchesChord, parseChord } from '@/lib/keys/chord';
import { CARD_KEY, CLOSE_CARD_KEY, UNDO_KEYS } from '@/lib/keys/commands';
import { CardControl } from '@/lib/overlay/card-control';
import {
  findingAt,
  findingKey,
  groupFindings,
  type MarkGroup,
  type MarkView,
  markAt,
} from '@/lib/overlay/pick';

const UNDO_CHORDS = chords(...UNDO_KEYS);
const CLOSE_CHORD = chords(CLOSE_CARD_KEY);

/** Measures each group's span and each finding's own span in one pass (one mirror for textareas). */
function measureMarks(editor: Editor, groups: MarkGroup[], layer: ShadowRoot): MarkView[] {
  const ranges: Array<{ start: number; end: number }> = [];
  const index = new Map<string, number>();
  const slot = (start: number, end: number) => {
    const key = `${start}:${end}`;
    if (!index.has(key)) index.set(key, ranges.push({ start, end }) - 1);
    return index.get(key)!;
  };
  const slots = groups.map((group) => ({
    group: slot(group.start, group.end),
    parts: group.findings.map((finding) => slot(finding.start, finding.end)),
  }));
  const boxes = rangeBoxes(editor, ranges, layer);
  return groups.map((group, i) => ({
    key: group.key,
    severity: group.severity,
    boxes: boxes[slots[i]!.group] ?? [],
    parts: group.findings.map((finding, j) => ({
      key: findingKey(finding),
      finding,
      boxes: boxes[slots[i]!.parts[j]!] ?? [],
    })),
  }));
}

/** Marks over findings in the reply box, the explanation card with one-click fixes, Ctrl+Z for our fixes. */
export const lintOverlay = defineFeature({
  id: 'lint-overlay',
  frames: 'outer',
  pages: 'any',
  needs: ['editor', 'engine'],
  init({ signal, editor: session, layer, settings }) {
    const show = layerSlot(layer, 'overlay', signal);
    let marks: MarkView[] = [];

    const draw = guarded(() => {
      const { editor, findings, active } = session.state.get();
      const groups = editor && active && !session.composing() ? groupFindings(findings) : [];
      marks = editor && groups.length ? measureMarks(editor, groups, layer.shadow) : [];
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
          onFix={(finding, fix) => editor && void applyFix(editor, finding, fix.text)}
        />,
      );
    });
    const schedule = nextFrame(draw, signal);
    const cards = new CardControl(schedule);
    signal.addEventListener('abort', () => cards.stop(), { once: true });
    const applyFix = async (editor: Editor, finding: Finding, text: string) => {
      if (session.composing()) return;
      const key = cards.current?.key;
      const result = await session.fixes.apply(editor, [{ start: finding.start, end: finding.end, text }]);
      session.lintNow();
      if (result.ok) cards.close();
      else if (key) cards.focus(key, t('overlayFixFailed'));
      else schedule();
    };

    // Hover: hit-test the marks' boxes (marks take no pointer events, so clicks reach the text).
    const onMove = (win: Window) =>
      trusted((event: MouseEvent) => {
        if (!marks.length || event.composedPath().includes(layer.host)) return;
        const shift = viewOffset(win);
        cards.hover(markAt(marks, event.clientX + shift.x, event.clientY + shift.y)?.key ?? null);
      });

    // Keyboard: the card key (the agent's setting) opens the card at the caret, Escape closes it;
    // Ctrl+Z right after our fix undoes it.
    const cardChord = (): Chord | undefined => parseChord(settings.get().cardKey) ?? parseChord(CARD_KEY);
    const onKey = trusted((event: KeyboardEvent) => {
      const editor = session.state.get().editor;
      if (!editor || event.isComposing || session.composing() || !eventInEditor(event, editor)) return;
      const card = cardChord();
      if (card && matchesChord(event, card)) {
        const findings = session.lintNow().findings;
        const finding = findingAt(findings, caretRange(editor).start);
        const group = finding && groupFindings(findings).find((g) => g.findings.includes(finding));
        if (!group) return;
        event.preventDefault();
        event.stopPropagation();
        cards.focus(group.key);
      } else if (cards.current && matchesAny(event, CLOSE_CHORD)) {
        event.preventDefault();
        event.stopPropagation();
        cards.close();
      } else if (matchesAny(event, UNDO_CHORDS) && session.fixes.canUndo(editor)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        void session.fixes.undo(editor).then(() => session.lintNow());
      }
    });

    // Redraw when the text changes or anything moves the editor's text on screen.
    session.state.subscribe(schedule, signal);
    onEditorLayout(session.state, signal, schedule);
    eachEditorWindow(session.state, signal, (win, scope) => {
      win.addEventListener('mousemove', onMove(win), { capture: true, passive: true, signal: scope });
      win.addEventListener('keydown', onKey, { capture: true, signal: scope });
    });
    schedule();
  },
});
