import { createLinter } from '@/lib/detect/lint';
import type { Linter } from '@/lib/detect/types';
import { sendMessage } from '@/lib/messaging/define';
import { GetActiveRules } from '@/lib/messaging/rules';
import type { PlatformId } from '@/lib/platforms';
import { mergeSelectors } from '@/lib/portals/selectors';
import type { PortalModule } from '@/lib/portals/types';
import { bundledPacksFor } from '@/lib/rules/bundled';
import type { Overrides } from '@/lib/rules/overrides';
import type { Pack } from '@/lib/rules/pack-schema';
import * as stored from '@/lib/storage/items';
import type { ActiveRules, Observable } from './env';
import { observable } from './observable';
import { watchStored } from './stored';

function compile(packs: Pack[], overrides: Overrides, portal?: PortalModule): ActiveRules {
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

/** Tries a few times: the background may be starting (a sleeping service worker wakes on the message). */
async function askForRules() {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendMessage(GetActiveRules, {});
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

/**
 * The rules in force on this page: the bundled packs at once, then the packs the background says are in
 * force for this platform, asked for by message at start and whenever it publishes a new revision (open
 * tabs pick up a new pack without a reload). Packs never come from storage.local, which content scripts
 * can write: one compromised tab cannot change what the others enforce. Each version's lint engine is
 * compiled when first used (`warmEngine` compiles it ahead for features that lint).
 */
export function startRulesRuntime(
  platform: PlatformId,
  portal: PortalModule | undefined,
  signal: AbortSignal,
): Observable<ActiveRules> {
  const rules = observable(compile(bundledPacksFor(platform), { terms: [], allow: [] }, portal));
  let revision = '';
  const refresh = () =>
    void askForRules()
      .then((answer) => {
        if (signal.aborted || answer.revision === revision) return;
        revision = answer.revision;
        rules.set(compile(answer.packs, answer.overrides, portal));
      })
      .catch((error: unknown) =>
        console.debug('[ReplyGuard] rules unavailable; bundled packs in force', error),
      );
  void watchStored(stored.rulesChanged, signal).then((changed) => {
    refresh();
    changed.subscribe((next) => {
      if (next.revision !== revision) refresh();
    }, signal);
  });
  return rules;
}

/** Compiles the lint engine now and after every rules change, so the first keystroke is linted at once. */
export function warmEngine(rules: Observable<ActiveRules>, signal: AbortSignal): void {
  const warm = () => void rules.get().linter;
  warm();
  rules.subscribe(warm, signal);
}
