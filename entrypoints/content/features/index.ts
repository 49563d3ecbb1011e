import type { AnyFeature } from '@/lib/content/feature';
import { buyerLine } from './buyer-line';
import { lintOverlay } from './lint-overlay';
import { placeholderMarks } from './placeholder-marks';
import { sendGuard } from './send-guard';
import { slaBadges } from './sla-badges';
import { statusChip } from './status-chip';
import { suggestions } from './suggestions';
import { tabStatus } from './tab-status';
import { templatePicker } from './template-picker';

/** The content script's features, one per file, started in this order where they belong (lib/content/runtime.ts). */
export const FEATURES: readonly AnyFeature[] = [
  lintOverlay,
  buyerLine,
  sendGuard,
  slaBadges,
  statusChip,
  suggestions,
  tabStatus,
  templatePicker,
  placeholderMarks,
];
