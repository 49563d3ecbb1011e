import { createLinter } from '@/lib/detect/lint';
import type { Linter } from '@/lib/detect/types';
import type { PlatformId } from '@/lib/platforms';
import { mergeSelectors } from '@/lib/portals/selectors';
import type { PortalModule } from '@/lib/portals/types';
import { packsForPlatform, withBundled } from '@/lib/rules/active';
import type { Overrides } from '@/lib/rules/overrides';
import type { Pack } from '@/lib/rules/pack-schema';
import * as stored from '@/lib/storage/items';
import type { ActiveRules, Observable } from './env';
import { observable } from './observable';
import { watchStored } from './stored';

function compile(
  published: Record<string, Pack>,
  overrides: Overrides,
  platform: PlatformId,
  portal?: PortalModule,
): ActiveRules {
  const packs = packsForPlatform(withBundled(published), platform);
  let linter: Linter | undefined;
  return {
    packs,
    selectors: mergeSelectors(portal?.selectors ?? {}, ...packs.map((pack) => pack.selectors)),
    get linter() {
      linter ??= createLinter(packs, overrides);
      return linter;
    },
  };
}

/**
 * The rules in force on this page: the bundled packs at once, then whatever the background published,
 * again whenever it publishes (open tabs pick up a new pack without a reload). The lint engine of each
 * version is compiled when first used (`warmEngine` compiles it ahead for features that lint).
 */
export function startRulesRuntime(
  platform: PlatformId,
  portal: PortalModule | undefined,
  signal: AbortSignal,
): Observable<ActiveRules> {
  const rules = observable(compile({}, { terms: [], allow: [] }, platform, portal));
  void Promise.all([watchStored(stored.activePacks, signal), watchStored(stored.ruleOverrides, signal)]).then(
    ([packs, overrides]) => {
      const refresh = () => {
        if (!signal.aborted) rules.set(compile(packs.get(), overrides.get(), platform, portal));
      };
      refresh();
      packs.subscribe(refresh, signal);
      overrides.subscribe(refresh, signal);
    },
  );
  return rules;
}

/** Compiles the lint engine now and after every rules change, so the first keystroke is linted at once. */
export function warmEngine(rules: Observable<ActiveRules>, signal: AbortSignal): void {
  const warm = () => void rules.get().linter;
  warm();
  rules.subscribe(warm, signal);
}
