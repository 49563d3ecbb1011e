import type { PlatformId } from '@/lib/platforms';
import type { Pack } from './pack-schema';

/** The packs that apply to a platform: `common`, then the platform's own, then team packs scoped to it. */
export function packsForPlatform(packs: Record<string, Pack>, platform: PlatformId): Pack[] {
  const list = Object.values(packs);
  const common = list.filter((pack) => pack.platform === 'common');
  const own = platform === 'generic' ? [] : list.filter((pack) => pack.platform === platform);
  const order = (pack: Pack) => (pack.id === pack.platform ? 0 : 1);
  return [...common.sort((a, b) => order(a) - order(b)), ...own.sort((a, b) => order(a) - order(b))];
}
