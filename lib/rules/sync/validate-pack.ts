import type { z } from 'zod';
import { createLinter } from '@/lib/detect/lint';
import { type Pack, PackSchema } from '@/lib/rules/pack-schema';
import { SyncError } from './types';

/** First few zod issues as one line: `rules.0.category: Invalid option…`. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const lines = error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  const more = error.issues.length > limit ? ` (+${error.issues.length - limit} more)` : '';
  return lines.join('; ') + more;
}

/** Decodes UTF-8 strictly and parses JSON; failures are `json` errors. */
export function parseJsonBytes(bytes: Uint8Array, label: string): { text: string; value: unknown } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncError('json', `${label} is not valid UTF-8`);
  }
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch (error) {
    throw new SyncError('json', `${label} is not valid JSON: ${(error as Error).message}`);
  }
}

export function validatePack(value: unknown, label: string): Pack {
  const parsed = PackSchema.safeParse(value);
  if (!parsed.success)
    throw new SyncError('schema', `${label} is not a valid pack: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * How long linting one stress text (10 000 characters) may take with a pack alone, in ms (the better of
 * two runs, so one garbage collection or a busy machine does not refuse a good pack). Generous: the
 * bundled packs take a fraction of it; the review's slow packs took seconds to tens of seconds.
 */
export const STRESS_BUDGET_MS = 3000;
const STRESS_LENGTH = 10_000;

const repeat = (piece: string) =>
  piece ? piece.repeat(Math.ceil(STRESS_LENGTH / piece.length)).slice(0, STRESS_LENGTH) : '';

/**
 * Long and repetitive replies built from the pack's own words (and nested prefixes of them), plus
 * shapes that wake detectors and patterns: digits, spaced letters, a contact-laden reply.
 */
export function stressCorpus(pack: Pack): string[] {
  const words = pack.rules.flatMap((rule) => [...(rule.terms ?? []), ...(rule.exceptions ?? [])]);
  const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
  return [
    repeat(words.slice(0, 50).join(' ')),
    repeat(longest.slice(0, 1)),
    repeat(longest),
    repeat('1234567890 '),
    repeat('a b c d e f g h '),
    repeat(
      'Hello, please add me on WhatsApp +1 415 555 0132 or 加我微信 abc_123, shop@example.com www.x.cn 最低价 ',
    ),
  ].filter(Boolean);
}

/**
 * The compile test before activation: the lint engine must build the pack without error, and lint each
 * stress text within the budget (a signed pack is trusted data, not trusted cost).
 */
export function compilePack(pack: Pack, budgetMs = STRESS_BUDGET_MS): void {
  const linter = createLinter([pack]);
  if (linter.errors.length) throw new Error(linter.errors.join('; '));
  const timed = (text: string) => {
    const started = performance.now();
    linter.lint(text);
    return performance.now() - started;
  };
  for (const text of stressCorpus(pack)) {
    let took = Math.round(timed(text));
    if (took > budgetMs) took = Math.min(took, Math.round(timed(text)));
    if (took > budgetMs)
      throw new Error(
        `linting a ${text.length}-character reply took ${took} ms (at most ${budgetMs} ms): the pack would stall typing`,
      );
  }
}
