/** Contract 2: finding categories and severities. */
export const CATEGORIES = [
  'contact.phone',
  'contact.email',
  'contact.url',
  'contact.im',
  'offplatform.payment',
  'platform.competitor',
  'ad.absolute',
  'order.cancel',
  'abuse',
  'term.discouraged',
  'language.required',
  /** The reply is in another language than the buyer's (the content script's buyer context; not lint-text). */
  'language.mismatch',
  'marketing',
  'review.manipulation',
  'custom',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A finding as contract 3 prints it; offsets are UTF-16 indices into the original text, end exclusive. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  match: string;
  message: string;
  suggestion?: string;
  /** Machine-applicable fix: the text that should replace `match` ('' deletes it). */
  replacement?: string;
  /**
   * Set when the finding starts in the agent's earlier messages (`LintOptions.previous`): the part of it
   * sent already. The finding's span is then the part in this reply.
   */
  earlier?: string;
}

export interface LintOptions {
  locale?: 'en' | 'zh_CN' | 'zh_TW';
  /**
   * The agent's recent messages in the open conversation, oldest first: a contact split over messages
   * (加我 · V · abc123) is found on the reply, with `earlier` saying where the rest of it is.
   */
  previous?: readonly string[];
}

/** A compiled set of packs. `lint` is synchronous and pure: no DOM, no browser API. */
export interface Linter {
  lint(text: string, options?: LintOptions): Finding[];
}
