import type { AnyFeature } from '@/lib/content/feature';
import { slaBadges } from './sla-badges';

/**
 * The page-wide features, started with the app (lib/content/runtime.ts). The features that work on the
 * reply editor are in ./editing.ts, loaded with the lint engine when the agent first focuses a reply box.
 */
export const FEATURES: readonly AnyFeature[] = [slaBadges];
