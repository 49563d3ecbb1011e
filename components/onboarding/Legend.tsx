import { SEVERITY_COLOR } from '@/components/overlay/severity';
import { badgeText, SLA_COLORS } from '@/components/sla/SlaBadge';
import { t } from '@/lib/i18n';
import { CARD_KEY } from '@/lib/keys/commands';
import type { SlaState } from '@/lib/sla/deadline';

const BADGES: Array<{ state: SlaState; seconds: number | null; label: string }> = [
  { state: 'ok', seconds: 42 * 60 + 10, label: 'onboardingBadgeOk' },
  { state: 'due-soon', seconds: 4 * 60 + 30, label: 'onboardingBadgeDueSoon' },
  { state: 'overdue', seconds: -(12 * 60 + 5), label: 'onboardingBadgeOverdue' },
  { state: 'exempt', seconds: null, label: 'onboardingBadgeExempt' },
];

/** A sample of a mark: the word with the wavy underline the reply box shows. */
function SampleMark({ severity, text }: { severity: 'block' | 'warn'; text: string }) {
  const color = SEVERITY_COLOR[severity];
  return (
    <span class="rg-sample-mark" data-severity={severity} style={{ textDecorationColor: color }}>
      {text}
    </span>
  );
}

/** What the marks, the send guard and the reply-deadline badges mean. */
export function Legend() {
  return (
    <section class="rg-card" data-onboarding="legend" aria-labelledby="rg-legend-title">
      <h2 id="rg-legend-title">{t('onboardingLegendTitle')}</h2>
      <h3>{t('onboardingMarksTitle')}</h3>
      <ul class="rg-legend">
        <li>
          <SampleMark severity="block" text={t('onboardingSampleBlock')} /> {t('onboardingMarkBlock')}
        </li>
        <li>
          <SampleMark severity="warn" text={t('onboardingSampleWarn')} /> {t('onboardingMarkWarn')}
        </li>
      </ul>
      <p>{t('onboardingMarksHow', CARD_KEY)}</p>
      <h3>{t('onboardingGuardTitle')}</h3>
      <p>{t('onboardingGuard')}</p>
      <h3>{t('onboardingBadgesTitle')}</h3>
      <p>{t('onboardingBadges')}</p>
      <ul class="rg-legend">
        {BADGES.map(({ state, seconds, label }) => {
          const colors = SLA_COLORS[state];
          return (
            <li key={state} data-badge-state={state}>
              <span
                class="rg-sample-badge"
                style={{ background: colors.background, color: colors.color, borderColor: colors.border }}
              >
                {badgeText({ state, remainingSeconds: seconds })}
              </span>{' '}
              {t(label)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
