/**
 * contact.im: the contact grammar (grammar.ts) over the words of apps.ts. A linter folds the words into
 * its own automaton (`IM_ALIASES`, one pass for everything) and hands the hits to `detectImFrom`; apps
 * found by sound (the im rule's `sounds`) and misspelled ones (fuzzy.ts) come in as weak apps.
 */
import type { Detector } from '@/lib/detect/detector';
import type { Normalised } from '@/lib/detect/normalise';
import type { TermEntry } from '@/lib/detect/plan';
import { compileTerms } from '@/lib/detect/terms';
import { type Part, WORDS } from './apps';
import type { Span } from './beside-phone';
import { misspelledApps } from './fuzzy';
import { contactHits, type Token } from './grammar';

const ENTRIES: { text: string; part: Part }[] = (Object.keys(WORDS) as Part[]).flatMap((part) =>
  WORDS[part].map((text) => ({ text, part })),
);

/** The grammar's words, for a linter that folds them into its own automaton. */
export const IM_ALIASES: readonly string[] = ENTRIES.map((e) => e.text);

export interface AliasHit {
  /** Index into IM_ALIASES, or -1 for an app found by sound. */
  alias: number;
  start: number;
  end: number;
}

/** contact.im from word hits found elsewhere, with the allow-list spans that cancel tokens and the phones found. */
export function detectImFrom(
  n: Normalised,
  found: readonly AliasHit[],
  allow: readonly (readonly [number, number])[] = [],
  phones: readonly Span[] = [],
) {
  const tokens: Token[] = found.map((h) =>
    h.alias < 0
      ? { part: 'weak' as const, start: h.start, end: h.end, word: '' }
      : { part: ENTRIES[h.alias]!.part, start: h.start, end: h.end, word: ENTRIES[h.alias]!.text },
  );
  for (const hit of misspelledApps(n)) tokens.push({ part: 'weak', ...hit, word: '' });
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  return contactHits(n, tokens, allow, phones);
}

let compiled: ReturnType<typeof compileTerms> | undefined;

/** The detector on its own (tests, tools): scans for the words itself. */
export const detectIm: Detector = (n) => {
  compiled ??= compileTerms(ENTRIES.map((e, rule): TermEntry => ({ text: e.text, kind: 'term', rule })));
  const hits = compiled.scan(n);
  const found: AliasHit[] = [];
  for (let i = 0; i < hits.length; i++)
    found.push({ alias: compiled.entries[hits.entry[i]!]!.rule, start: hits.start[i]!, end: hits.end[i]! });
  return detectImFrom(n, found);
};
