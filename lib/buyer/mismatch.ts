/**
 * A `warn` when the reply is written in another language than the buyer's (a Thai buyer answered in
 * English), except where a platform rule requires a language (Walmart: English), which its own
 * `language.required` rule checks. Pure.
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
}

export function languageMismatch(input: MismatchInput): Finding | undefined {
  const { text, buyer } = input;
  if (!buyer || input.languageRequired) return undefined;
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (letters + han * 2 < MIN_LETTERS) return undefined;
  const reply = detectLanguage(text);
  if (!reply || sameLanguage(reply, buyer)) return undefined;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
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
