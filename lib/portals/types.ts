import type { PortalId } from '@/lib/platforms';
import type { Selectors } from './selectors';

/** How a portal's editor sends: the key chord that submits a reply. */
export type SendKey = 'Enter' | 'Ctrl+Enter';

/** One platform's page knowledge: hosts, URL detection, default selectors and its local facts. Data. */
export interface PortalModule<P extends PortalId = PortalId> {
  platform: P;
  /** The seller-portal chat hosts: the manifest's content-script matches are built from them. */
  hosts: readonly string[];
  /** URLs of this portal's chat pages, used by the detector tests. */
  examples: string[];
  /** True when the URL is one of this portal's pages that holds a reply box. */
  isChatPage(url: URL): boolean;
  sendKeys: SendKey[];
  selectors: Selectors;
  /** The IANA zone the portal shows times in, or 'browser' for the agent's own zone. */
  timeZone: 'browser' | (string & {});
  /** The locale buyers read dates in (template rendering). */
  buyerLocale: string;
  /** A rolling response-rate target the platform judges sellers by (the reply-time dashboard). */
  responseRate?: { days: number; target: number };
}
