import { matchesAny, queryAll } from '@/lib/portals/select';
import type { Selectors } from '@/lib/portals/selectors';
import { parsePortalTime } from './relative-time';

/** One row of the portal's conversation list as it is on screen now. */
export interface ConversationRow {
  id: string;
  buyer: string;
  /** Time of the last message shown in the row (the buyer's while `awaiting`), or null if unreadable. */
  receivedAt: number | null;
  /** The last message is the buyer's and unanswered. */
  awaiting: boolean;
  /** The row of the open conversation. */
  active: boolean;
  element: Element;
}

type Root = Document | ShadowRoot | Element;

const TIME_ATTRIBUTES = ['datetime', 'data-time', 'data-timestamp', 'data-ts', 'title'];

/** The element itself when it matches, else the first match inside it. */
function firstIn(item: Element, selectors: readonly string[] | undefined): Element | undefined {
  if (matchesAny(item, selectors)) return item;
  return queryAll(item, selectors)[0];
}

function conversationId(item: Element, attributes: readonly string[] | undefined): string | null {
  for (const attribute of attributes ?? []) {
    const own = item.getAttribute(attribute);
    if (own) return own;
    if (!/^[A-Za-z_][\w:.-]*$/.test(attribute)) continue;
    const inner = item.querySelector(`[${attribute}]`)?.getAttribute(attribute);
    if (inner) return inner;
  }
  return null;
}

function readTime(el: Element | undefined, now: number, timeZone: string): number | null {
  if (!el) return null;
  for (const attribute of TIME_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    if (!value) continue;
    const parsed = parsePortalTime(value, now, timeZone);
    if (parsed !== null) return parsed;
  }
  return parsePortalTime(el.textContent ?? '', now, timeZone);
}

/**
 * Lists the conversation rows present in `root` (lists are virtualized: only visible rows exist).
 * A row without an id falls back to `buyer:<name>`; a row with neither is skipped.
 */
export function readConversations(
  root: Root,
  selectors: Selectors,
  now: number,
  timeZone: string,
): ConversationRow[] {
  const active = new Set(queryAll(root, selectors.activeConversation));
  const rows: ConversationRow[] = [];
  const seen = new Set<string>();
  for (const item of queryAll(root, selectors.conversationItem)) {
    const buyer = (firstIn(item, selectors.conversationBuyer)?.textContent ?? '').trim();
    const id = conversationId(item, selectors.conversationIdAttr) ?? (buyer ? `buyer:${buyer}` : null);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    rows.push({
      id,
      buyer,
      receivedAt: readTime(firstIn(item, selectors.conversationTime), now, timeZone),
      awaiting: firstIn(item, selectors.conversationAwaiting) !== undefined,
      active: [...active].some((el) => item.contains(el)),
      element: item,
    });
  }
  return rows;
}
