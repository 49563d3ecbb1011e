/**
 * Which body of a template to insert. The agent's choice in the picker first, then the language of the
 * buyer's last message, then the market's; a platform rule that requires a language (Walmart: English)
 * overrides all of them.
 */
export interface LanguageEvidence {
  /** A language the platform's rules require (a `language.required` rule in force), e.g. `en`. */
  required?: string;
  /** The agent's choice in the picker. */
  chosen?: string;
  /** The buyer's language: from their last message, else the market's. */
  buyer?: string;
}

export function templateLanguage(evidence: LanguageEvidence): string | undefined {
  return evidence.required ?? evidence.chosen ?? evidence.buyer;
}

/** Chinese tags by script: zh-CN and plain zh read simplified; zh-TW, zh-HK, zh-MO read traditional. */
const CHINESE: Record<string, string> = {
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  'zh-hans': 'zh-hans',
  'zh-hans-cn': 'zh-hans',
  'zh-tw': 'zh-hant',
  'zh-hk': 'zh-hant',
  'zh-mo': 'zh-hant',
  'zh-hant': 'zh-hant',
  'zh-hant-tw': 'zh-hant',
};

/**
 * The variant keys to try for a language, best first: the exact tag, its script form for Chinese, the
 * other Chinese script (better than English for a Chinese reader), then the primary language.
 */
export function languageCandidates(language: string): string[] {
  const lower = language.toLowerCase();
  const primary = lower.split('-')[0]!;
  const script = CHINESE[lower];
  if (script) {
    const other = script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
    return [...new Set([lower, script, 'zh', other])];
  }
  return [...new Set([lower, primary])];
}
