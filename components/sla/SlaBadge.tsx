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
  /** Where it sits: on the conversation row or by the reply box. */
  anchor: 'row' | 'editor';
  /**
   * Viewport point the badge hangs from: on a row, the row's bottom-right corner (the badge straddles the
   * row's bottom border, clear of the row's centred text); by the reply box, just above its top-left
   * corner (the status chip sits at the top-right).
   */
  x: number;
  y: number;
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
        left: `${Math.round(view.x)}px`,
        top: `${Math.round(view.y)}px`,
        transform: view.anchor === 'row' ? 'translate(-100%, -50%)' : 'translate(0, -100%)',
        padding: '0 5px',
        borderRadius: '8px',
        border: `1px solid ${colors.border}`,
        background: colors.background,
        color: colors.color,
        font: '600 10px/14px system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif',
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
