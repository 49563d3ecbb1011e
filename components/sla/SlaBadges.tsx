import { VISUALLY_HIDDEN } from '@/components/overlay/severity';
import { type BadgeView, SlaBadge } from './SlaBadge';

/** All SLA badges of the page, plus one polite live region announcing state changes. */
export function SlaBadges({ badges, announcement }: { badges: BadgeView[]; announcement: string }) {
  return (
    <div data-replyguard-sla-layer="">
      {badges.map((view) => (
        <SlaBadge key={`${view.anchor}:${view.conversation}`} view={view} />
      ))}
      <div aria-live="polite" role="status" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </div>
  );
}
