import { PlaceholderMarks } from '@/components/templates/PlaceholderMarks';
import { onEditorLayout } from '@/lib/content/editor-layout';
import { defineFeature } from '@/lib/content/feature';
import { guarded } from '@/lib/content/handlers';
import { nextFrame } from '@/lib/content/redraw';
import { layerSlot } from '@/lib/content/ui-layer';
import { rangeBoxes } from '@/lib/editor/rects';
import { placeholderSpans } from '@/lib/templates/placeholders';

/** Frames the `{variable}` placeholders a template left unfilled in the reply until the agent replaces them. */
export const placeholderMarks = defineFeature({
  id: 'placeholder-marks',
  frames: 'outer',
  pages: 'any',
  needs: ['editor'],
  init({ signal, editor: session, layer }) {
    const show = layerSlot(layer, 'placeholders', signal);
    const draw = guarded(() => {
      const { editor, text, active } = session.state.get();
      const spans = editor && active && !session.composing() ? placeholderSpans(text) : [];
      if (!editor || spans.length === 0) return show(null);
      show(<PlaceholderMarks spans={spans} boxes={rangeBoxes(editor, spans, layer.shadow)} />);
    });
    const schedule = nextFrame(draw, signal);
    session.state.subscribe(schedule, signal);
    onEditorLayout(session.state, signal, schedule);
    schedule();
  },
});
