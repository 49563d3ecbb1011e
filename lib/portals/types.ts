import type { PlatformId } from '@/lib/platforms';
import type { Selectors } from './selectors-schema';

/** How a portal's editor sends: the key chord that submits a reply. */
export type SendKey = 'Enter' | 'Ctrl+Enter';

/** One platform's page knowledge: URL detection and default selectors. Data, not behaviour. */
export interface PortalModule {
  platform: Exclude<PlatformId, 'generic'>;
  /** URLs of this portal's chat pages, used by the detector tests. */
  examples: string[];
  /** True when the URL is one of this portal's pages that holds a reply box. */
  isChatPage(url: URL): boolean;
  sendKeys: SendKey[];
  selectors: Selectors;
}
