/** A `{variable}` left in a reply: a template inserted before that value was filled in. */
export interface Placeholder {
  start: number;
  end: number;
  name: string;
}

// `{name}` not part of `{{…}}`: what renderBody leaves for a value it did not have (dates are always filled).
const PLACEHOLDER = /(?<!\{)\{([A-Za-z_][A-Za-z0-9_]{0,39})\}(?!\})/g;

/** The unfilled placeholders in `text`, in order, with UTF-16 offsets. */
export function placeholderSpans(text: string): Placeholder[] {
  if (!text.includes('{')) return [];
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    name: match[1]!,
  }));
}
