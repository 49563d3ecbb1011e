import type { Severity } from '@/lib/detect/types';
import { t } from '@/lib/i18n';

export const SEVERITY_COLOR: Record<Severity, string> = {
  block: 'var(--rg-block, #d93025)',
  warn: 'var(--rg-warn, #e37400)',
  info: 'var(--rg-info, #1a73e8)',
};

export function severityLabel(severity: Severity): string {
  return t(
    severity === 'block'
      ? 'overlaySeverityBlock'
      : severity === 'warn'
        ? 'overlaySeverityWarn'
        : 'overlaySeverityInfo',
  );
}

/** Hidden from sight, not from screen readers. */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
