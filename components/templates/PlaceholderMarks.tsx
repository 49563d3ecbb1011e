import type { Box } from '@/lib/editor/types';
import { t } from '@/lib/i18n';
import type { Placeholder } from '@/lib/templates/placeholders';
import { variableLabel } from './variable-label';

const COLOR = '#7b1fa2';

/**
 * A dashed frame over each `{variable}` a template left in the reply, so a missing value is seen before
 * sending. Like the finding marks, they take no pointer events.
 */
export function PlaceholderMarks({ spans, boxes }: { spans: Placeholder[]; boxes: Box[][] }) {
  return (
    <div data-replyguard-placeholders="">
      {spans.map((span, i) =>
        (boxes[i] ?? []).map((box, line) => (
          <div
            key={`${span.start}:${line}`}
            data-replyguard-placeholder={span.name}
            data-start={String(span.start)}
            data-end={String(span.end)}
            role="note"
            aria-label={t('templatesPlaceholderLeft', variableLabel(span.name))}
            style={{
              position: 'fixed',
              left: `${box.left - 1}px`,
              top: `${box.top}px`,
              width: `${box.width + 2}px`,
              height: `${box.height}px`,
              border: `1.5px dashed ${COLOR}`,
              borderRadius: '3px',
              background: 'rgba(123, 31, 162, 0.08)',
              pointerEvents: 'none',
              boxSizing: 'border-box',
            }}
          />
        )),
      )}
    </div>
  );
}
