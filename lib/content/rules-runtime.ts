import { browser } from 'wxt/browser';
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { mergeSelectors } from '@/lib/portals/selectors';
import type { PortalModule } from '@/lib/portals/types';
import {
  ACTIVE_PACKS_KEY,
  OVERRIDES_KEY,
  type Overrides,
  packsForPlatform,
  parseActivePacks,
  parseOverrides,
} from '@/lib/rules/active';
import type { Pack } from '@/lib/rules/pack-schema';
import type { ActiveRules, Observable } from './env';
import { observable } from './observable';

function compile(
  packs: Record<string, Pack>,
  overrides: Overrides,
  platform: PlatformId,
  portal?: PortalModule,
): ActiveRules {
  const scoped = packsForPlatform(packs, platform);
  return {
    packs: scoped,
    linter: createLinter(scoped, overrides),
    selectors: mergeSelectors(portal?.selectors ?? {}, ...scoped.map((pack) => pack.selectors)),
  };
}

/**
 * The rules in force on this page: the bundled packs at once (lint works from the first keystroke),
 * then whatever the background published, recompiled whenever it publishes again.
 */
export function startRulesRuntime(
  platform: PlatformId,
  portal: PortalModule | undefined,
  signal: AbortSignal,
): Observable<ActiveRules> {
  let packs = parseActivePacks(undefined);
  let overrides = parseOverrides(undefined);
  const rules = observable(compile(packs, overrides, platform, portal));
  const refresh = () => rules.set(compile(packs, overrides, platform, portal));

  void browser.storage.local.get([ACTIVE_PACKS_KEY, OVERRIDES_KEY]).then((stored) => {
    if (signal.aborted) return;
    packs = parseActivePacks(stored[ACTIVE_PACKS_KEY]);
    overrides = parseOverrides(stored[OVERRIDES_KEY]);
    refresh();
  });

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || signal.aborted) return;
    if (!(ACTIVE_PACKS_KEY in changes) && !(OVERRIDES_KEY in changes)) return;
    if (changes[ACTIVE_PACKS_KEY]) packs = parseActivePacks(changes[ACTIVE_PACKS_KEY].newValue);
    if (changes[OVERRIDES_KEY]) overrides = parseOverrides(changes[OVERRIDES_KEY].newValue);
    refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  return rules;
}
