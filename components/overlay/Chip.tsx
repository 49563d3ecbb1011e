import type { LintCheck } from '@/lib/content/editor-session';
import { t } from '@/lib/i18n';
import type { Counts } from '@/lib/messaging/popup';
import { SEVERITY_COLOR } from './severity';

export type ChipState = 'clean' | 'block' | 'warn' | 'info' | 'paused' | 'unchecked' | 'checking';

/** `check` is the session's (done, pending, failed): a reply that could not be checked never looks clean. */
export function chipState(counts: Counts, active: boolean, check: LintCheck = 'done'): ChipState {
  if (!active) return 'paused';
  if (check === 'failed') return 'unchecked';
  if (counts.block) return 'block';
  if (check === 'pending') return 'checking';
  return counts.warn ? 'warn' : counts.info ? 'info' : 'clean';
}

const COLORS: Record<ChipState, string> = {
  clean: 'var(--rg-ok, #188038)',
  block: SEVERITY_COLOR.block,
  warn: SEVERITY_COLOR.warn,
  info: SEVERITY_COLOR.info,
  paused: 'var(--rg-muted, #5f6368)',
  unchecked: SEVERITY_COLOR.block,
  checking: 'var(--rg-muted, #5f6368)',
};

/** The small status chip by the reply box: findings by severity, or a clean tick, or paused. */
export function Chip({
  counts,
  active,
  check,
  left,
  top,
}: {
  counts: Counts;
  active: boolean;
  check?: LintCheck;
  left: number;
  top: number;
}) {
  const state = chipState(counts, active, check);
  const label = !active
    ? t('chipPaused')
    : state === 'unchecked'
      ? t('chipUnchecked')
      : state === 'checking'
        ? t('chipChecking')
        : state === 'clean'
          ? t('chipClean')
          : t('chipCounts', counts.block, counts.warn, counts.info);
  const parts: Array<[keyof Counts, string]> = [
    ['block', '✖'],
    ['warn', '⚠'],
    ['info', 'ⓘ'],
  ];
  return (
    <div
      data-replyguard-chip=""
      data-state={state}
      data-block={String(counts.block)}
      data-warn={String(counts.warn)}
      data-info={String(counts.info)}
      role="status"
      aria-live="polite"
      aria-label={label}
      title={`ReplyGuard: ${label}`}
      style={{
        position: 'fixed',
        left: `${left}px`,
        top: `${top}px`,
        pointerEvents: 'none',
        display: 'flex',
        gap: '6px',
        alignItems: 'center',
        height: '18px',
        padding: '0 7px',
        borderRadius: '9px',
        fontSize: '11px',
        lineHeight: '18px',
        whiteSpace: 'nowrap',
        color: '#fff',
        background: COLORS[state],
        boxShadow: '0 1px 3px rgba(0,0,0,0.2)',
        opacity: state === 'clean' || state === 'paused' ? 0.75 : 1,
      }}
    >
      {state === 'clean' ? (
        <span aria-hidden="true">✓</span>
      ) : state === 'paused' ? (
        <span aria-hidden="true">Ⅱ</span>
      ) : state === 'unchecked' ? (
        <span aria-hidden="true">? {t('chipUncheckedShort')}</span>
      ) : state === 'checking' ? (
        <span aria-hidden="true">…</span>
      ) : (
        parts
          .filter(([key]) => counts[key] > 0)
          .map(([key, icon]) => (
            <span key={key} aria-hidden="true">
              {icon} {counts[key]}
            </span>
          ))
      )}
    </div>
  );
}
