/**
 * A `warn` when the reply is written in another language than the buyer's (a Thai buyer answered in
 * English), except where a platform rule requires a language (Walmart: English), which its own
 * `language.required` rule checks. The warning marks one word of the reply (see `anchorWord`). Pure.
 */
import type { Finding } from '@/lib/detect/types';
import { detectLanguage, sameLanguage } from './language';

export const MISMATCH_RULE = 'buyer.language-mismatch';
/** Short replies (ok, 好的, order ids) say too little about their language. */
const MIN_LETTERS = 12;

export interface MismatchInput {
  text: string;
  /** The buyer's language (BCP 47), from their last message; undefined when the page does not show it. */
  buyer: string | undefined;
  /** True when a rule in force requires a language on this platform. */
  languageRequired: boolean;
  /** The finding's message, given the reply's and the buyer's language tags. */
  message(reply: string, buyer: string): string;
  /** Spans other findings mark: the warning sits on a word outside them, so their marks stay their own. */
  taken?: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * Where the warning is drawn: the first word no other finding touches (a mark over the whole reply would
 * join every other mark into one), else the first word.
 */
function anchorWord(text: string, taken: ReadonlyArray<{ start: number; end: number }>) {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const free = words.find((w) => taken.every((t) => t.end <= w.start || w.end <= t.start));
  return free ?? words[0] ?? { start: 0, end: text.length };
}

export function languageMismatch(input: MismatchInput): Finding | undefined {
  const { text, buyer } = input;
  if (!buyer || input.languageRequired) return undefined;
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (letters + han * 2 < MIN_LETTERS) return undefined;
  const reply = detectLanguage(text);
  if (!reply || sameLanguage(reply, buyer)) return undefined;
  const { start, end } = anchorWord(text, input.taken ?? []);
  return {
    ruleId: MISMATCH_RULE,
    category: 'language.mismatch',
    severity: 'warn',
    start,
    end,
    match: text.slice(start, end),
    message: input.message(reply, buyer),
  };
}
