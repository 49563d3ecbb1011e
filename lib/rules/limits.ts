import type { z } from 'zod';
import { skeletonOf } from '@/lib/detect/normalise';
import { prefilterConditions } from '@/lib/detect/prefilter';

/**
 * How big a pack may be. A signed pack is trusted data, not trusted size: these keep one pack from
 * freezing every tab that lints with it (the stress test in lib/rules/sync/validate-pack.ts checks the
 * time it takes too). The bundled packs use a fraction of each.
 */
export const PACK_LIMITS = {
  rules: 500,
  /** Per rule: terms, exceptions, sounds (each). */
  listPerRule: 5000,
  /** Per pack: terms + exceptions + sounds + allow-words. */
  words: 30_000,
  wordLength: 100,
  patternsPerRule: 500,
  /** Per rule: near families (lib/detect/near.ts). */
  nearPerRule: 50,
  patterns: 1500,
  patternLength: 2000,
  /** Patterns with no selective literal run over every whole text; at most this many per pack. */
  unfilteredPatterns: 20,
  /** Per pack: allow-words, own domains, markets, id formats (each). */
  listPerPack: 2000,
  idFormatLength: 200,
  messageLength: 2000,
  templates: 1000,
  /** Per template (see lib/templates/schema.ts): language variants. */
  variants: 20,
  selectorsPerList: 50,
  selectorLength: 500,
} as const;

type Issue = (message: string, path: (string | number)[]) => void;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Whether RE2 pattern `source` has a literal selective enough to tell when it can match. */
function filtered(source: string): boolean {
  const conditions = prefilterConditions(source);
  const selective = (atom: { text: string }) => {
    const skel = skeletonOf(atom.text);
    return skel.length >= 2 || (skel.length === 1 && skel.charCodeAt(0) >= 0x2e80);
  };
  return !!conditions?.some((options) => options.length > 0 && options.every(selective));
}

/** Checks a parsed pack against PACK_LIMITS (counts and lengths), one issue per limit passed. */
export function checkPackLimits(pack: Record<string, unknown>, issue: Issue): void {
  const L = PACK_LIMITS;
  const rules = list(pack.rules) as Record<string, unknown>[];
  if (rules.length > L.rules) issue(`more than ${L.rules} rules (${rules.length})`, ['rules']);
  let words = list(pack.allow).length;
  let patterns = 0;
  let unfiltered = 0;
  rules.forEach((rule, r) => {
    for (const key of ['terms', 'exceptions', 'sounds']) {
      const items = list(rule[key]);
      words += items.length;
      if (items.length > L.listPerRule) issue(`more than ${L.listPerRule} ${key}`, ['rules', r, key]);
      if (items.some((item) => text(item).length > L.wordLength))
        issue(`a word longer than ${L.wordLength} characters`, ['rules', r, key]);
    }
    const near = list(rule.near) as Record<string, unknown>[];
    if (near.length > L.nearPerRule) issue(`more than ${L.nearPerRule} near families`, ['rules', r, 'near']);
    near.forEach((family, f) => {
      for (const side of ['a', 'b', 'unless']) {
        const items = list(family[side]);
        words += items.length;
        if (items.length > L.listPerRule)
          issue(`more than ${L.listPerRule} words`, ['rules', r, 'near', f, side]);
        if (items.some((item) => text(item).length > L.wordLength))
          issue(`a word longer than ${L.wordLength} characters`, ['rules', r, 'near', f, side]);
      }
    });
    const own = list(rule.patterns).map(text);
    patterns += own.length;
    unfiltered += own.filter((source) => !filtered(source)).length;
    if (own.length > L.patternsPerRule)
      issue(`more than ${L.patternsPerRule} patterns`, ['rules', r, 'patterns']);
    if (own.some((source) => source.length > L.patternLength))
      issue(`a pattern longer than ${L.patternLength} characters`, ['rules', r, 'patterns']);
    for (const key of ['message', 'suggestion']) {
      const localized = Object.values((rule[key] ?? {}) as Record<string, unknown>);
      if (localized.some((value) => text(value).length > L.messageLength))
        issue(`a ${key} longer than ${L.messageLength} characters`, ['rules', r, key]);
    }
  });
  if (words > L.words) issue(`more than ${L.words} words in all (${words})`, ['rules']);
  if (patterns > L.patterns) issue(`more than ${L.patterns} patterns in all (${patterns})`, ['rules']);
  if (unfiltered > L.unfilteredPatterns)
    issue(
      `${unfiltered} patterns have no literal text to find them by (at most ${L.unfilteredPatterns}): each would run over every whole reply`,
      ['rules'],
    );
  for (const key of ['allow', 'ownDomains', 'markets', 'idFormats']) {
    if (list(pack[key]).length > L.listPerPack) issue(`more than ${L.listPerPack} ${key}`, [key]);
  }
  if (list(pack.idFormats).some((source) => text(source).length > L.idFormatLength))
    issue(`an id format longer than ${L.idFormatLength} characters`, ['idFormats']);
  if (list(pack.templates).length > L.templates) issue(`more than ${L.templates} templates`, ['templates']);
  for (const [key, selectors] of Object.entries((pack.selectors ?? {}) as Record<string, unknown>)) {
    const items = list(selectors);
    if (items.length > L.selectorsPerList || items.some((item) => text(item).length > L.selectorLength))
      issue(`selectors.${key}: at most ${L.selectorsPerList} of ${L.selectorLength} characters`, [
        'selectors',
        key,
      ]);
  }
}

/** The superRefine form for a zod schema. */
export function refineLimits(pack: object, ctx: z.RefinementCtx): void {
  checkPackLimits(pack as Record<string, unknown>, (message, path) =>
    ctx.addIssue({ code: 'custom', message, path }),
  );
}
