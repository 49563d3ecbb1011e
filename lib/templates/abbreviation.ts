/** Inline expansion (pure): `;abbr` typed just before the caret names a template to insert in its place. */
import type { Template } from './schema';
import { findByAbbreviation } from './search';

const TRIGGER = /(?:^|[^A-Za-z0-9_])([;；]([A-Za-z0-9_-]{1,32}))$/;

export interface AbbreviationMatch {
  template: Template;
  /** The range of `;abbr` in the text (UTF-16 offsets, end exclusive), to be replaced by the template. */
  start: number;
  end: number;
}

/** The `;abbr` ending at `caret`, if it names an in-scope template. `;` and the full-width `；` both work. */
export function abbreviationAt(
  templates: readonly Template[],
  text: string,
  caret: number,
  platform?: string,
): AbbreviationMatch | undefined {
  const before = text.slice(Math.max(0, caret - 40), caret);
  const match = TRIGGER.exec(before);
  if (!match) return undefined;
  const template = findByAbbreviation(templates, match[2]!, platform);
  if (!template) return undefined;
  return { template, start: caret - match[1]!.length, end: caret };
}
