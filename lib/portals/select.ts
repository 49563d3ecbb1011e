/** Selector lists from portal modules and packs: an invalid selector is skipped, never thrown. */
type Root = Document | ShadowRoot | Element;

/** Matches of the first selector that matches anything. */
export function queryAll(root: Root, selectors: readonly string[] | undefined): Element[] {
  for (const selector of selectors ?? []) {
    try {
      const found = Array.from(root.querySelectorAll(selector));
      if (found.length) return found;
    } catch {
      // An invalid selector from a pack must not stop the others.
    }
  }
  return [];
}

export function matchesAny(node: unknown, selectors: readonly string[] | undefined): node is Element {
  if (!(node instanceof Element)) return false;
  return (selectors ?? []).some((selector) => {
    try {
      return node.matches(selector);
    } catch {
      return false;
    }
  });
}
