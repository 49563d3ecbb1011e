import type { Pack } from '../rules/pack-schema';
import type { Finding, Linter } from './types';

/** Extra terms and allow-list entries from the agent or the team, merged with the packs. */
export interface LinterExtras {
  terms?: string[];
  allow?: string[];
}

// Scaffolding until the detection engine lands: literal terms only, no normalisation.
export function createLinter(packs: Pack[], extras: LinterExtras = {}): Linter {
  const entries = packs.flatMap((pack) =>
    pack.rules.flatMap((rule) => (rule.terms ?? []).map((term) => ({ term, rule }))),
  );
  return {
    lint(text, options = {}) {
      const locale = options.locale ?? 'en';
      const findings: Finding[] = [];
      for (const { term, rule } of entries) {
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
          findings.push({
            ruleId: rule.id,
            category: rule.category,
            severity: rule.severity,
            start: at,
            end: at + term.length,
            match: term,
            message: rule.message[locale],
          });
        }
      }
      for (const term of extras.terms ?? []) {
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
          findings.push({
            ruleId: 'custom',
            category: 'custom',
            severity: 'warn',
            start: at,
            end: at + term.length,
            match: term,
            message: term,
          });
        }
      }
      return findings.sort((a, b) => a.start - b.start);
    },
  };
}
