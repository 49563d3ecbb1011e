import type { Selectors } from './selectors';

/** Template variables a portal page can tell us about the open conversation. */
export interface PageContext {
  buyer_name?: string;
  order_id?: string;
  tracking_number?: string;
  carrier?: string;
}

const FIELDS: Array<[keyof PageContext, keyof Selectors]> = [
  ['buyer_name', 'buyerName'],
  ['order_id', 'orderId'],
  ['tracking_number', 'trackingNumber'],
  ['carrier', 'carrier'],
];

/** Reads the open conversation's details with the portal's selectors; a selector that fails is skipped. */
export function readPageContext(root: ParentNode, selectors: Selectors): PageContext {
  const context: PageContext = {};
  for (const [variable, key] of FIELDS) {
    for (const selector of selectors[key] ?? []) {
      let element: Element | null = null;
      try {
        element = root.querySelector(selector);
      } catch {
        continue; // a pack may carry a selector this browser cannot parse
      }
      const value = (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (value) {
        context[variable] = value;
        break;
      }
    }
  }
  return context;
}
