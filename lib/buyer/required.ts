/**
 * A language the platform's rules require: when a `language.required` rule is in force (Walmart's
 * English-only rule for US transactions), replies go out in the home market's language whatever the
 * buyer wrote, and no language-mismatch warning is given.
 */
import type { PlatformId } from '@/lib/platforms';
import { defaultMarket } from '@/lib/portals/market';
import { marketOf } from './markets';

type PackRules = { rules: ReadonlyArray<{ category: string }> };

export function requiredLanguage(platform: PlatformId, packs: readonly PackRules[]): string | undefined {
  const required = packs.some((pack) => pack.rules.some((rule) => rule.category === 'language.required'));
  return required ? (marketOf(defaultMarket(platform))?.language ?? 'en') : undefined;
}
