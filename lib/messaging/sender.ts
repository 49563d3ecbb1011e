import type { PlatformId } from '@/lib/platforms';
import { platformForUrl, portalForUrl } from '@/lib/portals/registry';

/** What the browser tells a listener about who sent a message (set by the browser, not by the sender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Who may send a message type: `extension` = our own pages and background only; `content` = also our
 * content script in a portal tab (what a page needs: its platform's templates, counts, waits, commands,
 * its packs). Declared once per message type (lib/messaging/*.ts), checked by MessageRouter.
 */
export type SenderPolicy = 'extension' | 'content';

/** The sender as the router classifies it; `content` carries the platform its frame's URL belongs to. */
export type From =
  | { kind: 'extension' }
  | { kind: 'content'; platform: PlatformId; tabId: number; url: string }
  | { kind: 'unknown' };

/**
 * Classifies a sender: an extension page or the background (our id, a URL on our origin: the popup,
 * options and dashboard, also when opened in a tab; or our id with neither URL nor tab), our content script (a tab, an https URL on a portal
 * host: its platform comes from that URL, never from the payload), or unknown (refused).
 */
export function classifySender(sender: Sender, ownId: string, ownOrigin: string): From {
  if (sender.id !== undefined && sender.id !== ownId) return { kind: 'unknown' };
  // Our background may be described without a URL (a service worker messaging a tab): never a tab's frame.
  if (sender.id === ownId && !sender.url && !sender.tab) return { kind: 'extension' };
  const url = parse(sender.url);
  if (!url) return { kind: 'unknown' };
  if (sameOrigin(url, ownOrigin)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || url.protocol !== 'https:' || !portalForUrl(url)) return { kind: 'unknown' };
  return { kind: 'content', platform: platformForUrl(url), tabId, url: url.href };
}

export function allows(policy: SenderPolicy, from: From): boolean {
  return from.kind === 'extension' || (policy === 'content' && from.kind === 'content');
}

/** Scheme and host compared (`URL.origin` is "null" for extension schemes outside browsers). */
function sameOrigin(url: URL, origin: string): boolean {
  const own = parse(origin);
  return !!own && url.protocol === own.protocol && url.host === own.host && url.host !== '';
}

function parse(url: string | undefined): URL | undefined {
  try {
    return url ? new URL(url) : undefined;
  } catch {
    return undefined;
  }
}
