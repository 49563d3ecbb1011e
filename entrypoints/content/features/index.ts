import type { ContentFeature } from '@/lib/content/env';
import { lintOverlay } from './lint-overlay';
import { sendGuard } from './send-guard';
import { slaBadges } from './sla-badges';
import { statusChip } from './status-chip';
import { templatePicker } from './template-picker';

/** The content script's features, one per file, each started with the page's environment. */
export const FEATURES: ContentFeature[] = [lintOverlay, sendGuard, slaBadges, statusChip, templatePicker];
