import { sendMessage } from '@/lib/messaging/define';
import { GetPageRules } from '@/lib/messaging/page-rules';
import type { PlatformId } from '@/lib/platforms';
import { mergeSelectors } from '@/lib/portals/selectors';
import type { PortalModule } from '@/lib/portals/types';
import { type PagePack, pagePack } from '@/lib/rules/page-pack';
import type { Observable, PageRules } from './env';
import { followRevision } from './follow-revision';

function pageRules(packs: PagePack[], portal?: PortalModule): PageRules {
  return {
    packs,
    selectors: mergeSelectors(portal?.selectors ?? {}, ...packs.map((pack) => pack.selectors)),
  };
}

/**
 * What the page-wide features need of the rules in force (selectors, reply policies), without the words
 * and detectors: light enough for every page load. The editing features get the whole packs
 * (lib/content/rules-runtime.ts).
 */
export function startPageRules(
  platform: PlatformId,
  portal: PortalModule | undefined,
  signal: AbortSignal,
): Promise<Observable<PageRules>> {
  return followRevision(
    () => sendMessage(GetPageRules, {}),
    (answer) => pageRules(answer.packs, portal),
    async () => {
      const { bundledPacksFor } = await import('@/lib/rules/bundled');
      return pageRules(bundledPacksFor(platform).map(pagePack), portal);
    },
    signal,
  );
}
