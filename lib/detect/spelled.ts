/**
 * Words spelled letter by letter to slip past a filter: `n.g.u`, `s-t-u-p-i-d`, `b o d o h`, `i_d_i_o_t`,
 * `đ.i.ê.n`. A run of three letters or more, each standing alone, joined by one and the same separator
 * (dot, dash, underscore, asterisk, middle dot or a single blank), is read as the word it spells. Rules
 * name the words that count (`spelled`, and their own single-word terms): spelling a word out is deliberate,
 * so a word too ambiguous to list plainly (ngu, bodo, dumb) counts when it is spelled. Pure.
 */
import { skeletonOf } from './normalise';

/** A spelled-out word: its span in the text and the word it spells (as a term's skeleton). */
export interface SpelledWord {
  start: number;
  end: number;
  word: string;
}

// A letter (with its combining marks), then two or more "separator + letter"; the separator repeats.
const RUN =
  /(?<![\p{L}\p{M}\p{N}])\p{L}\p{M}*([.\-_*·• ])\p{L}\p{M}*(?:\1\p{L}\p{M}*){1,18}(?![\p{L}\p{M}\p{N}])/gu;
/** Cheap test first: a letter, a separator, a letter, the same separator. */
const MAY = /\p{L}([.\-_*·• ])\p{L}\1/u;

/**
 * The letter-by-letter words of `text`, in text order. A run joined by blanks may start with a one-letter
 * word (`a b o d o h`, `I d i o t`): it is also read without its first letter.
 */
export function spelledWords(text: string): SpelledWord[] {
  if (!MAY.test(text)) return [];
  const out: SpelledWord[] = [];
  for (const m of text.matchAll(RUN)) {
    const sep = m[1]!;
    const letters = m[0].split(sep);
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, word: skeletonOf(letters.join('')) });
    if (sep === ' ' && letters.length > 3) {
      const start = m.index + letters[0]!.length + 1;
      out.push({ start, end, word: skeletonOf(letters.slice(1).join('')) });
    }
  }
  return out;
}
