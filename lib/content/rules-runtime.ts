import type { Linter } from '@/lib/detect/types';
import { sendMessage } from '@/lib/messaging/define';
import { GetActiveRules } from '@/lib/messaging/rules';
import type { PlatformId } from '@/lib/platforms';
import { mergeSelectors } from '@/lib/portals/selectors';
import type { PortalModule } from '@/lib/portals/types';
import type { Overrides } from '@/lib/rules/overrides';
import type { Pack } from '@/lib/rules/pack-schema';
import type { ActiveRules, Observable } from './env';
import { followRevision } from './follow-revision';

type LintEngine = (packs: Pack[], overrides: Overrides) => Linter;
let engine: LintEngine | undefined;

/**
 * The lint engine is in the editing chunk (entrypoints/content/features/editing.ts registers it): a page
 * where the agent never types does not load or compile it.
 */
export function useLintEngine(create: LintEngine): void {
  engine = create;
}

function compile(packs: Pack[], overrides: Overrides, portal?: PortalModule): ActiveRules {
  let linter: Linter | undefined;
  return {
    packs,
    selectors: mergeSelectors(portal?.selectors ?? {}, ...packs.map((pack) => pack.selectors)),
    get linter() {
      if (!engine) throw new Error('the lint engine is not loaded');
      linter ??= engine(packs, overrides);
      return linter;
    },
  };
}

/**
 * The whole rules in force for the editing features: the packs the background says are in force for
 * this platform (the bundled packs if it cannot answer), following its revisions. Each version's lint
 * engine is compiled when first used (`warmEngine` compiles it ahead for features that lint).
 */
export function startRulesRuntime(
  platform: PlatformId,
  portal: PortalModule | undefined,
  signal: AbortSignal,
): Promise<Observable<ActiveRules>> {
  return followRevision(
    () => sendMessage(GetActiveRules, {}),
    (answer) => compile(answer.packs, answer.overrides, portal),
    async () => {
      const { bundledPacksFor } = await import('@/lib/rules/bundled');
      return compile(bundledPacksFor(platform), { terms: [], allow: [] }, portal);
    },
    signal,
  );
}
