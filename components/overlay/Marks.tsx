import type { Finding } from '@/lib/detect/types';
import type { MarkView } from '@/lib/overlay/pick';
import { SEVERITY_COLOR, severityLabel, VISUALLY_HIDDEN } from './severity';

function underline(finding: Finding): Record<string, string> {
  const color = SEVERITY_COLOR[finding.severity];
  if (finding.severity === 'block') {
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
    borderBottom: `2px ${finding.severity === 'warn' ? 'solid' : 'dotted'} ${color}`,
    backgroundColor: finding.severity === 'warn' ? 'rgba(227, 116, 0, 0.07)' : 'transparent',
  };
}

/**
 * One wrapper per finding (contract 4 attributes), placed over the union of its line boxes, holding
 * one underline per line. Marks never take pointer events: the agent's clicks reach the text; hover
 * is found by hit-testing (see the lint-overlay feature).
 */
export function Marks({ marks, active }: { marks: MarkView[]; active: string | null }) {
  return (
    <div data-replyguard-marks="">
      {marks.map(({ key, finding, boxes }) => {
        const left = Math.min(...boxes.map((box) => box.left));
        const top = Math.min(...boxes.map((box) => box.top));
        const right = Math.max(...boxes.map((box) => box.left + box.width));
        const bottom = Math.max(...boxes.map((box) => box.top + box.height));
        return (
          <div
            key={key}
            data-finding={key}
            data-category={finding.category}
            data-severity={finding.severity}
            data-rule={finding.ruleId}
            data-start={String(finding.start)}
            data-end={String(finding.end)}
            role="note"
            aria-label={`${severityLabel(finding.severity)}: ${finding.message}`}
            style={{
              position: 'fixed',
              left: `${left}px`,
              top: `${top}px`,
              width: `${right - left}px`,
              height: `${bottom - top}px`,
              pointerEvents: 'none',
              outline: key === active ? `1px solid ${SEVERITY_COLOR[finding.severity]}` : 'none',
              borderRadius: '2px',
            }}
          >
            {boxes.map((box, index) => (
              <div
                key={index}
                data-replyguard-box=""
                style={{
                  position: 'absolute',
                  left: `${box.left - left}px`,
                  top: `${box.top - top}px`,
                  width: `${box.width}px`,
                  height: `${box.height}px`,
                  boxSizing: 'border-box',
                  ...underline(finding),
                }}
              />
            ))}
            <span style={VISUALLY_HIDDEN}>{`${severityLabel(finding.severity)}: ${finding.message}`}</span>
          </div>
        );
      })}
    </div>
  );
}
