import { t } from '@/lib/i18n';
import type { SlaState } from '@/lib/sla/deadline';
import { formatCountdown } from '@/lib/sla/format';

/** One badge to draw: a conversation's countdown at a fixed viewport point. */
export interface BadgeView {
  conversation: string;
  buyer: string;
  state: SlaState;
  /** Null when exempt. */
  remainingSeconds: number | null;
  /** Where it sits: on (or beside) the conversation row, or beside the reply box. */
  anchor: 'row' | 'editor';
  /** The badge's top-left corner in the viewport: a free spot found by lib/sla/badge-place.ts. */
  left: number;
  top: number;
}

/** The badge's font: its size is measured with it before it is placed. */
const BADGE_FONT = '600 10px system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif';
const LINE_PX = 14;
/** Padding and border around the text. */
const FRAME_PX = 12;

let measure: CanvasRenderingContext2D | null | undefined;

/** The size a badge with this text takes (measured with a canvas; estimated where there is none). */
export function badgeSize(text: string): { width: number; height: number } {
  if (measure === undefined) {
    try {
      measure = document.createElement('canvas').getContext('2d');
    } catch {
      measure = null;
    }
    if (measure) measure.font = BADGE_FONT;
  }
  const width = measure ? measure.measureText(text).width : text.length * 6.5;
  return { width: Math.ceil(width) + FRAME_PX + 2, height: LINE_PX + 2 };
}

export const SLA_COLORS: Record<SlaState, { background: string; color: string; border: string }> = {
  ok: { background: '#e6f4ea', color: '#137333', border: '#81c995' },
  'due-soon': { background: '#fef7e0', color: '#954f00', border: '#fdd663' },
  overdue: { background: '#d93025', color: '#ffffff', border: '#a50e0e' },
  exempt: { background: '#f1f3f4', color: '#5f6368', border: '#dadce0' },
};

export function badgeText(view: Pick<BadgeView, 'state' | 'remainingSeconds'>): string {
  if (view.state === 'exempt' || view.remainingSeconds === null) return t('slaBadgeExempt');
  return formatCountdown(view.remainingSeconds);
}

function badgeLabel(view: BadgeView): string {
  const who = view.buyer ? `${t('slaBadgeConversation', view.buyer)}: ` : '';
  if (view.state === 'exempt' || view.remainingSeconds === null) return who + t('slaBadgeExemptLabel');
  const time = formatCountdown(Math.abs(view.remainingSeconds)).replace('-', '');
  return who + (view.state === 'overdue' ? t('slaBadgeOverdue', time) : t('slaBadgeLeft', time));
}

/** Contract 4: `[data-replyguard-sla]` with `data-conversation`, `data-remaining-seconds`, `data-state`. */
export function SlaBadge({ view }: { view: BadgeView }) {
  const colors = SLA_COLORS[view.state];
  return (
    <div
      data-replyguard-sla=""
      data-conversation={view.conversation}
      data-remaining-seconds={view.remainingSeconds === null ? undefined : String(view.remainingSeconds)}
      data-state={view.state}
      data-anchor={view.anchor}
      role="timer"
      aria-label={badgeLabel(view)}
      title={badgeLabel(view)}
      style={{
        position: 'fixed',
        left: `${view.left}px`,
        top: `${view.top}px`,
        boxSizing: 'border-box',
        width: `${badgeSize(badgeText(view)).width}px`,
        height: `${LINE_PX + 2}px`,
        textAlign: 'center',
        padding: '0 5px',
        borderRadius: '8px',
        border: `1px solid ${colors.border}`,
        background: colors.background,
        color: colors.color,
        font: BADGE_FONT,
        lineHeight: `${LINE_PX}px`,
        fontVariantNumeric: 'tabular-nums',
        whiteSpace: 'nowrap',
        pointerEvents: 'none',
        boxShadow: '0 1px 2px rgba(0,0,0,.15)',
      }}
    >
      {badgeText(view)}
    </div>
  );
}
