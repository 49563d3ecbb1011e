import { PORTAL_IDS, type PortalId } from '@/lib/platforms';

/** Every portal, the ones the agent works on first (in the registry's order), for pickers and lists. */
export function portalsInOrder(chosen: readonly PortalId[]): PortalId[] {
  return [...PORTAL_IDS.filter((p) => chosen.includes(p)), ...PORTAL_IDS.filter((p) => !chosen.includes(p))];
}

/** The chosen portals with `portal` ticked or unticked, in the registry's order. */
export function togglePortal(chosen: readonly PortalId[], portal: PortalId, on: boolean): PortalId[] {
  return PORTAL_IDS.filter((p) => (p === portal ? on : chosen.includes(p)));
}
