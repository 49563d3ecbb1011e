import { Chip } from '@/components/overlay/Chip';
import { onEditorLayout } from '@/lib/content/editor-layout';
import { defineFeature } from '@/lib/content/feature';
import { guarded } from '@/lib/content/handlers';
import { nextFrame } from '@/lib/content/redraw';
import { layerSlot } from '@/lib/content/ui-layer';
import { editorRect } from '@/lib/editor/rects';
import { countBySeverity } from '@/lib/findings/counts';
import { sendMessage } from '@/lib/messaging/define';
import { ReportCounts } from '@/lib/messaging/popup';
import { chipPoint } from '@/lib/overlay/place';

/** The status chip by the reply box, and the toolbar badge count. */
export const statusChip = defineFeature({
  id: 'status-chip',
  frames: 'outer',
  pages: 'any',
  needs: ['editor', 'engine'],
  init({ signal, editor: session, layer, settings }) {
    const show = layerSlot(layer, 'chip', signal);
    const draw = guarded(() => {
      const { editor, findings, active, check } = session.state.get();
      const here = !settings.get().disabledHosts.includes(location.hostname);
      const at =
        editor && here && editor.anchor.isConnected && chipPoint(editorRect(editor), window.innerWidth);
      show(
        at ? (
          <Chip
            counts={countBySeverity(findings)}
            active={active}
            check={check}
            left={at.left}
            top={at.top}
          />
        ) : null,
      );
    });
    const schedule = nextFrame(draw, signal);

    // The toolbar badge follows the counts (only when they change).
    let reported = '';
    const report = guarded(() => {
      const { findings, active } = session.state.get();
      const counts = active ? countBySeverity(findings) : { block: 0, warn: 0, info: 0 };
      const key = JSON.stringify(counts);
      if (key === reported) return;
      reported = key;
      sendMessage(ReportCounts, { counts }).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    });

    session.state.subscribe(() => {
      schedule();
      report();
    }, signal);
    onEditorLayout(session.state, signal, schedule);
    schedule();
  },
});
