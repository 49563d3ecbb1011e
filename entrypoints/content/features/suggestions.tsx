import { SuggestStrip } from '@/components/suggest/SuggestStrip';
import { renderForBuyer } from '@/lib/content/buyer';
import { onEditorLayout } from '@/lib/content/editor-layout';
import { eachEditorWindow } from '@/lib/content/editor-scope';
import { defineFeature } from '@/lib/content/feature';
import { guarded, trusted } from '@/lib/content/handlers';
import { nextFrame } from '@/lib/content/redraw';
import { suggestionSource } from '@/lib/content/suggestion-source';
import { caretAtEnd, editorFocused, insertChoice } from '@/lib/content/template-library';
import { layerSlot } from '@/lib/content/ui-layer';
import { editorRect } from '@/lib/editor/rects';
import { stripRow } from '@/lib/overlay/strip-place';
import { insertionFor } from '@/lib/suggest/insertion';
import type { Template } from '@/lib/templates/schema';

/** Past this many characters the agent is writing their own reply: no strip, Tab is theirs. */
const MAX_TYPED = 60;

/** Which suggestion a key accepts: Tab the first (caret at the end), Alt+1..3 any; else -1. */
function acceptedIndex(event: KeyboardEvent, count: number, atEnd: () => boolean): number {
  if (event.isComposing || event.keyCode === 229 || event.ctrlKey || event.metaKey) return -1;
  if (event.key === 'Tab' && !event.altKey && !event.shiftKey) return atEnd() ? 0 : -1;
  const digit = /^Digit([1-3])$/.exec(event.code)?.[1];
  const index = event.altKey && !event.shiftKey && digit ? Number(digit) - 1 : -1;
  return index < count ? index : -1;
}

/**
 * Templates suggested while the agent types (issue #16): ranked locally from the buyer's last message and
 * the text typed so far; Tab or Alt+1..3 puts one in through the editor's own input path, in the buyer's
 * language. Never while an IME composes; the `suggestions` setting turns it off.
 */
export const suggestions = defineFeature({
  id: 'suggestions',
  frames: 'outer',
  pages: 'any',
  needs: ['editor'],
  init({ signal, platform, editor: session, layer, rules, settings }) {
    const show = layerSlot(layer, 'suggest', signal);
    const source = suggestionSource(platform, signal, () => schedule());
    let shown: Template[] = [];

    const draw = guarded(() => {
      const { editor, text, active } = session.state.get();
      const on = editor && active && settings.get().suggestions && text.length <= MAX_TYPED;
      if (!session.composing()) {
        shown = on && editorFocused(editor) ? source.rank(session.conversation().buyerLast, text) : [];
      }
      const row = editor && shown.length ? stripRow(editorRect(editor), window.innerWidth) : null;
      show(
        row ? (
          <SuggestStrip
            templates={shown}
            top={row.top}
            left={row.left}
            maxWidth={row.width}
            onPick={accept}
          />
        ) : null,
      );
    });
    const schedule = nextFrame(draw, signal);

    function accept(index: number): void {
      const template = shown[index];
      const { editor, text } = session.state.get();
      if (!template || !editor) return;
      const rendered = renderForBuyer(template, { platform, rules, settings }, session.conversation());
      const at = insertionFor(text, rendered.text);
      const cursor = at.text.length - rendered.text.length + (rendered.cursor ?? rendered.text.length);
      shown = [];
      show(null);
      void insertChoice(editor, at.start, at.end, { templateId: template.id, text: at.text, cursor }).then(
        (ok) => ok && session.lintNow(editor),
      );
    }

    const onKey = trusted((event: KeyboardEvent) => {
      const { editor, text } = session.state.get();
      if (!editor || shown.length === 0 || !session.editorFor(event)) return;
      const index = acceptedIndex(event, shown.length, () => caretAtEnd(editor, text));
      if (index < 0) return;
      event.preventDefault();
      event.stopPropagation();
      accept(index);
    });
    // The list is asked for again when the agent comes back to the reply box (templates edited meanwhile).
    const onFocus = () => {
      schedule();
      source.refresh();
    };
    eachEditorWindow(session.state, signal, (win, scope) => {
      win.addEventListener('keydown', onKey, { capture: true, signal: scope });
      win.addEventListener('focusin', onFocus, { signal: scope });
      win.addEventListener('focusout', schedule, { signal: scope });
    });
    session.state.subscribe(schedule, signal);
    onEditorLayout(session.state, signal, schedule);
  },
});
