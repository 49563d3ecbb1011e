import type { Finding, Linter } from '@/lib/detect/types';

/** A stand-in engine for session tests: every "bad" is a blocking custom finding; counts what it is asked. */
export function badWordLinter() {
  const seen = { chars: 0, calls: 0 };
  const linter: Linter = {
    lint(text) {
      seen.calls++;
      seen.chars += text.length;
      const findings: Finding[] = [];
      for (let at = text.indexOf('bad'); at >= 0; at = text.indexOf('bad', at + 1)) {
        findings.push({
          ruleId: 't',
          category: 'custom',
          severity: 'block',
          start: at,
          end: at + 3,
          match: 'bad',
          message: 'm',
        });
      }
      return findings;
    },
  };
  return { linter, seen };
}
