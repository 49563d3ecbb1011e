import type { Severity } from '@/lib/detect/types';
import type { Box } from '@/lib/editor/types';
import type { MarkView } from '@/lib/overlay/pick';
import { SEVERITY_COLOR, severityLabel, VISUALLY_HIDDEN } from './severity';

function underline(severity: Severity): Record<string, string> {
  const color = SEVERITY_COLOR[severity];
  if (severity === 'block') {
    // A wavy line from two gradients, repeated along the bottom edge.
    return {
      backgroundImage: `linear-gradient(135deg, transparent 35%, ${color} 35%, ${color} 55%, transparent 55%), linear-gradient(45deg, transparent 35%, ${color} 35%, ${color} 55%, transparent 55%)`,
      backgroundSize: '6px 3px',
      backgroundRepeat: 'repeat-x',
      backgroundPosition: 'left bottom, 3px bottom',
      backgroundColor: 'rgba(217, 48, 37, 0.08)',
    };
  }
  return {
    borderBottom: `2px ${severity === 'warn' ? 'solid' : 'dotted'} ${color}`,
    backgroundColor: severity === 'warn' ? 'rgba(227, 116, 0, 0.07)' : 'transparent',
  };
}

/** The union of some boxes. */
function union(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  return { left, top, width: right - left, height: bottom - top };
}

const at = (box: Box, origin: Box) => ({
  position: 'absolute',
  left: `${box.left - origin.left}px`,
  top: `${box.top - origin.top}px`,
  width: `${box.width}px`,
  height: `${box.height}px`,
});

/**
 * One mark per group of overlapping findings, placed over the union of its line boxes, with one
 * underline per line in the most severe colour. Inside it, each finding has its own element (contract
 * 4 attributes, `role="note"`, its message as text) over its own line boxes (`data-replyguard-line`).
 * Marks never take pointer events: the agent's clicks reach the text; hover is found by hit-testing
 * (see the lint-overlay feature).
 */
export function Marks({ marks, active }: { marks: MarkView[]; active: string | null }) {
  return (
    <div data-replyguard-marks="">
      {marks.map(({ key, severity, boxes, parts }) => {
        const box = union(boxes);
        return (
          <div
            key={key}
            data-replyguard-mark={key}
            data-severity={severity}
            style={{
              position: 'fixed',
              left: `${box.left}px`,
              top: `${box.top}px`,
              width: `${box.width}px`,
              height: `${box.height}px`,
              pointerEvents: 'none',
              outline: key === active ? `1px solid ${SEVERITY_COLOR[severity]}` : 'none',
              borderRadius: '2px',
            }}
          >
            {boxes.map((line, index) => (
              <div
                key={index}
                data-replyguard-box=""
                style={{ ...at(line, box), boxSizing: 'border-box', ...underline(severity) }}
              />
            ))}
            {parts
              .filter((part) => part.boxes.length)
              .map(({ key: partKey, finding, boxes: own }) => {
                const ownBox = union(own);
                const label = `${severityLabel(finding.severity)}: ${finding.message}`;
                return (
                  <div
                    key={partKey}
                    data-finding={partKey}
                    data-category={finding.category}
                    data-severity={finding.severity}
                    data-rule={finding.ruleId}
                    data-start={String(finding.start)}
                    data-end={String(finding.end)}
                    role="note"
                    aria-label={label}
                    style={at(ownBox, box)}
                  >
                    {own.map((line, index) => (
                      <div key={index} data-replyguard-line="" style={at(line, ownBox)} />
                    ))}
                    <span style={VISUALLY_HIDDEN}>{label}</span>
                  </div>
                );
              })}
          </div>
        );
      })}
    </div>
  );
}
