import type { Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { trusted } from '@/lib/content/handlers';
import type { Finding } from '@/lib/detect/types';
import type { Box } from '@/lib/editor/types';
import { type Fix, fixesFor } from '@/lib/findings/fixes';
import { t } from '@/lib/i18n';
import { severest } from '@/lib/overlay/pick';
import { SEVERITY_COLOR, severityLabel } from './severity';

export interface CardProps {
  /** The findings of one mark (overlapping spans share a mark and a card). */
  findings: Finding[];
  /** The first line box of the finding: the card opens below it (or above near the bottom). */
  anchor: Box;
  /** Move focus into the card (opened from the keyboard). */
  focus: boolean;
  error?: string;
  onFix(finding: Finding, fix: Fix): void;
  onClose(): void;
  onPointer(inside: boolean): void;
}

function fixLabel(fix: Fix, finding: Finding): string {
  if (fix.kind === 'remove' && fix.label === 'overlayFixDelete') return t('overlayFixDelete', finding.match);
  return t(fix.label, fix.text);
}

/** What one finding is, which rule, the suggestion, and its one-click fixes. */
function FindingPart({
  finding,
  first,
  onFix,
}: {
  finding: Finding;
  first?: Ref<HTMLButtonElement>;
  onFix(fix: Fix): void;
}) {
  const color = SEVERITY_COLOR[finding.severity];
  const ref = `${finding.ruleId}:${finding.start}:${finding.end}`;
  return (
    <section data-card-finding={ref} style={{ marginTop: '4px' }}>
      <strong style={{ color }}>{severityLabel(finding.severity)}</strong>
      <p style={{ margin: '4px 0' }}>{finding.message}</p>
      {finding.earlier ? (
        <p data-replyguard-earlier="" style={{ margin: '4px 0', fontStyle: 'italic' }}>
          {t('overlayEarlier', finding.earlier)}
        </p>
      ) : null}
      <p style={{ margin: '4px 0', color: 'var(--rg-muted, #5f6368)', fontSize: '12px' }}>
        <span data-rule-id="">{t('overlayRule', finding.ruleId, finding.category)}</span>
      </p>
      {finding.suggestion ? (
        <p style={{ margin: '4px 0' }}>{t('overlaySuggestion', finding.suggestion)}</p>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '6px', marginTop: '8px' }}>
        {fixesFor(finding).map((fix, index) => (
          <button
            key={`${fix.kind}:${fix.text}`}
            ref={index === 0 ? first : undefined}
            type="button"
            data-replyguard-fix={fix.kind}
            data-fix-text={fix.text}
            data-finding-ref={ref}
            onClick={trusted(() => onFix(fix))}
            style={{
              cursor: 'pointer',
              border: `1px solid ${index === 0 ? color : 'var(--rg-border, #dadce0)'}`,
              background: index === 0 ? color : 'transparent',
              color: index === 0 ? '#fff' : 'inherit',
              borderRadius: '4px',
              padding: '3px 8px',
              font: 'inherit',
            }}
          >
            {fixLabel(fix, finding)}
          </button>
        ))}
      </div>
    </section>
  );
}

/**
 * The explanation card of one mark: each of its findings (what is wrong, which rule, the suggestion,
 * one-click fixes), in text order. It acts only on the agent's own input (`trusted`).
 */
export function Card({ findings, anchor, focus, error, onFix, onClose, onPointer }: CardProps) {
  const first = useRef<HTMLButtonElement>(null);
  const lead = findings[0];
  // A layout effect: focus lands in the same task the card appears in, so a key pressed next reaches it.
  useLayoutEffect(() => {
    if (focus) first.current?.focus();
  }, [focus, lead]);
  if (!lead) return null;
  const below = anchor.top + anchor.height + 220 < window.innerHeight;
  const left = Math.max(4, Math.min(anchor.left, window.innerWidth - 330));
  const color = SEVERITY_COLOR[severest(findings)];
  return (
    <div
      data-replyguard-card=""
      data-finding-ref={`${lead.ruleId}:${lead.start}:${lead.end}`}
      role="dialog"
      aria-label={t('overlayCardLabel', findings.map((finding) => finding.message).join(' · '))}
      onMouseEnter={trusted(() => onPointer(true))}
      onMouseLeave={trusted(() => onPointer(false))}
      onKeyDown={trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      })}
      style={{
        position: 'fixed',
        left: `${left}px`,
        ...(below
          ? { top: `${anchor.top + anchor.height + 6}px` }
          : { bottom: `${window.innerHeight - anchor.top + 6}px` }),
        width: '320px',
        maxHeight: 'calc(100vh - 16px)',
        overflow: 'auto',
        pointerEvents: 'auto',
        background: 'var(--rg-surface, #fff)',
        color: 'var(--rg-text, #202124)',
        border: '1px solid var(--rg-border, #dadce0)',
        borderTop: `3px solid ${color}`,
        borderRadius: '6px',
        boxShadow: '0 4px 16px rgba(0,0,0,0.18)',
        padding: '10px 12px',
        fontSize: '13px',
        lineHeight: 1.45,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <button
          type="button"
          aria-label={t('overlayClose')}
          onClick={trusted(onClose)}
          style={{ border: 'none', background: 'none', cursor: 'pointer', fontSize: '14px', lineHeight: 1 }}
        >
          ×
        </button>
      </div>
      {findings.map((finding, index) => (
        <FindingPart
          key={`${finding.ruleId}:${finding.start}:${finding.end}`}
          finding={finding}
          first={index === 0 ? first : undefined}
          onFix={(fix) => onFix(finding, fix)}
        />
      ))}
      {error ? (
        <p role="alert" style={{ margin: '6px 0 0', color: 'var(--rg-block, #d93025)' }}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
