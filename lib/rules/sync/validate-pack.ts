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

/** The compile test before activation: the lint engine must build the pack without error. */
export function compilePack(pack: Pack): void {
  const linter = createLinter([pack]);
  if (linter.errors.length) throw new Error(linter.errors.join('; '));
}
