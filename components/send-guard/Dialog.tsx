import { useEffect, useRef } from 'preact/hooks';
import { SEVERITY_COLOR, severityLabel } from '@/components/overlay/severity';
import { trapTab } from '@/components/templates/focus';
import { trusted } from '@/lib/content/handlers';
import type { Finding } from '@/lib/detect/types';
import { fixAllAction } from '@/lib/findings/fixes';
import { t } from '@/lib/i18n';

export interface SendGuardDialogProps {
  findings: Finding[];
  /** The reply could not be checked (the engine failed): say so, and offer no fix. */
  unchecked?: boolean;
  error?: string;
  onCancel(): void;
  onFixAll(): void;
  onSendAnyway(): void;
}

/** What "fix all" will do with a finding, said in the dialog before the agent asks for it. */
function FixAllNote({ finding }: { finding: Finding }) {
  const action = fixAllAction(finding);
  if (!action) return null;
  const text = action === 'keep' ? t('sendGuardStays') : t('sendGuardFixAllBecomes', action.text);
  return (
    <div
      data-fix-all={action === 'keep' ? 'keep' : action.kind}
      style={{ color: 'var(--rg-muted, #5f6368)' }}
    >
      {text}
    </div>
  );
}

/**
 * Keeps the focus in the dialog while it is open: Tab wraps around its buttons (`trapTab`), and focus
 * that leaves it (a click on the backdrop, the page focusing its own box) comes back to `first`.
 */
function useFocusTrap(root: { current: HTMLElement | null }, first: { current: HTMLElement | null }) {
  useEffect(() => {
    const dialog = root.current;
    first.current?.focus();
    if (!dialog) return;
    const back = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && dialog.contains(next)) return;
      queueMicrotask(() => {
        if (dialog.isConnected) first.current?.focus();
      });
    };
    dialog.addEventListener('focusout', back);
    return () => dialog.removeEventListener('focusout', back);
  }, []);
}

const button = (primary: boolean, color = '#5f6368') => ({
  cursor: 'pointer',
  font: 'inherit',
  padding: '5px 12px',
  borderRadius: '4px',
  border: `1px solid ${primary ? color : 'var(--rg-border, #dadce0)'}`,
  background: primary ? color : 'transparent',
  color: primary ? '#fff' : 'inherit',
});

/**
 * The dialog that stops a reply with blocking findings (contract 4). The reply text stays in the editor.
 * Its buttons act only on the agent's own clicks and keys (`trusted`): a page script's `.click()` does nothing.
 */
export function SendGuardDialog({
  findings,
  unchecked,
  error,
  onCancel,
  onFixAll,
  onSendAnyway,
}: SendGuardDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, cancel);
  const shown = findings.filter((finding) => finding.severity !== 'info');
  return (
    <div
      style={{
        position: 'fixed',
        inset: '0',
        width: '100vw',
        height: '100vh',
        pointerEvents: 'auto',
        background: 'rgba(32, 33, 36, 0.35)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <div
        data-replyguard-dialog="send-guard"
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="rg-send-guard-title"
        aria-describedby="rg-send-guard-intro"
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') trusted(onCancel)(event);
          else trusted((key: KeyboardEvent) => trapTab(key, dialog.current))(event);
        }}
        style={{
          width: 'min(440px, calc(100vw - 32px))',
          maxHeight: 'calc(100vh - 64px)',
          overflow: 'auto',
          background: 'var(--rg-surface, #fff)',
          color: 'var(--rg-text, #202124)',
          borderRadius: '8px',
          borderTop: `4px solid ${SEVERITY_COLOR.block}`,
          boxShadow: '0 8px 32px rgba(0,0,0,0.3)',
          padding: '14px 16px',
          fontSize: '13px',
          lineHeight: 1.45,
        }}
      >
        <h2 id="rg-send-guard-title" style={{ fontSize: '15px', margin: '0 0 6px' }}>
          {t('sendGuardTitle')}
        </h2>
        <p id="rg-send-guard-intro" style={{ margin: '0 0 8px' }} data-unchecked={unchecked ? '' : undefined}>
          {t(unchecked ? 'sendGuardUnchecked' : 'sendGuardIntro')}
        </p>
        <ul style={{ margin: 0, paddingLeft: '18px' }}>
          {shown.map((finding) => (
            <li
              key={`${finding.ruleId}:${finding.start}`}
              data-finding-ref={`${finding.ruleId}:${finding.start}:${finding.end}`}
              data-severity={finding.severity}
              style={{ marginBottom: '4px' }}
            >
              <strong style={{ color: SEVERITY_COLOR[finding.severity] }}>
                {severityLabel(finding.severity)}
              </strong>{' '}
              “{finding.match}”: {finding.message}
              {finding.suggestion ? (
                <div style={{ color: 'var(--rg-muted, #5f6368)' }}>
                  {t('overlaySuggestion', finding.suggestion)}
                </div>
              ) : null}
              <FixAllNote finding={finding} />
            </li>
          ))}
        </ul>
        {error ? (
          <p role="alert" style={{ color: SEVERITY_COLOR.block, margin: '8px 0 0' }}>
            {error}
          </p>
        ) : null}
        <div
          style={{
            display: 'flex',
            gap: '8px',
            justifyContent: 'flex-end',
            marginTop: '12px',
            flexWrap: 'wrap',
          }}
        >
          <button
            type="button"
            data-action="send-anyway"
            onClick={trusted(onSendAnyway)}
            style={button(false)}
          >
            {t('sendGuardSendAnyway')}
          </button>
          {unchecked ? null : (
            <button
              type="button"
              data-action="fix-all"
              onClick={trusted(onFixAll)}
              style={button(true, '#188038')}
            >
              {t('sendGuardFixAll')}
            </button>
          )}
          <button
            type="button"
            data-action="cancel"
            ref={cancel}
            onClick={trusted(onCancel)}
            style={button(true, '#1a73e8')}
          >
            {t('sendGuardCancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
