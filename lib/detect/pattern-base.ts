import { normalise } from './normalise';

/** A regex escape (kept as written), or a run of non-ASCII letters and marks (folded). */
const PIECES = /(\\[pP]\{[^}]*\}|\\.)|(?:(?=\P{ASCII})[\p{L}\p{M}])+/gu;

/**
 * A pattern's letters as the base view writes them, so a pack can write each language as it is spelled:
 * Cyrillic look-alikes fold to Latin (попросите → пoпpocиte), ı and ё to i and e, Thai marks drop (ให้ → ให),
 * traditional Han becomes simplified. Escapes and ASCII are left alone. Pure.
 */
export function basePattern(source: string): string {
  return source.replace(PIECES, (piece: string, escaped: string | undefined) =>
    escaped === undefined ? normalise(piece).base.s : piece,
  );
}
