import { createEditorSession } from '@/lib/content/editor-session';
import type { AnyFeature } from '@/lib/content/feature';
import { startRulesRuntime, useLintEngine } from '@/lib/content/rules-runtime';
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import type { PortalModule } from '@/lib/portals/types';
import { buyerLine } from './buyer-line';
import { lintOverlay } from './lint-overlay';
import { placeholderMarks } from './placeholder-marks';
import { sendGuard } from './send-guard';
import { statusChip } from './status-chip';
import { suggestions } from './suggestions';
import { tabStatus } from './tab-status';
import { templatePicker } from './template-picker';

// This module is a chunk of its own, and so is the engine it brings.
useLintEngine(createLinter);

/** The features that work on the reply editor, in start order, with the lint engine they need. */
export const EDITING_FEATURES: readonly AnyFeature[] = [
  lintOverlay,
  buyerLine,
  sendGuard,
  statusChip,
  suggestions,
  tabStatus,
  templatePicker,
  placeholderMarks,
];

/** What the editing features share: the whole rules in force and the editor session. */
export async function editingParts(
  platform: PlatformId,
  portal: PortalModule | undefined,
  signal: AbortSignal,
) {
  return { rules: await startRulesRuntime(platform, portal, signal), session: createEditorSession };
}
