import { t } from '@/lib/i18n';
import type { ComplianceLevel } from '@/lib/templates/compliance';

const SYMBOL: Record<ComplianceLevel, string> = { ok: '✓', info: 'i', warn: '!', block: '✖' };

/** A small mark for a template's compliance on the current platform. */
export function ComplianceBadge({
  level,
  count,
  inScope = true,
}: {
  level: ComplianceLevel;
  count: number;
  inScope?: boolean;
}) {
  const label = !inScope
    ? t('templatesOutOfScope')
    : level === 'ok'
      ? t('templatesBadgeOk')
      : level === 'block'
        ? t('templatesBadgeBlock', count)
        : level === 'warn'
          ? t('templatesBadgeWarn', count)
          : t('templatesBadgeInfo', count);
  return (
    <span
      role="img"
      class={`rg-tpl-badge rg-tpl-badge-${inScope ? level : 'scope'}`}
      data-compliance={level}
      title={label}
      aria-label={label}
    >
      {inScope ? SYMBOL[level] : '∅'}
    </span>
  );
}
