/**
 * Contract 3, the lint-text command, as pure functions: argument parsing and one output line per input
 * line. scripts/lint-text.ts wires them to stdin/stdout.
 */
import { z } from 'zod';
import { createLinter, type LinterExtras } from '@/lib/detect/lint';
import type { Linter } from '@/lib/detect/types';
import { isPlatformId, type PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';

export const LINT_TEXT_USAGE =
  'usage: npm run --silent lint-text -- --platform <id> [--terms FILE]  < replies.jsonl  > findings.jsonl';

export class UsageError extends Error {}

export interface LintTextArgs {
  platform: PlatformId;
  termsFile?: string;
}

export function parseLintTextArgs(argv: readonly string[]): LintTextArgs {
  let platform: string | undefined;
  let termsFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--platform') platform = value();
    else if (flag === '--terms') termsFile = value();
    else throw new UsageError(`unknown argument ${arg}`);
  }
  if (platform === undefined) throw new UsageError('--platform is required');
  if (!isPlatformId(platform)) throw new UsageError(`unknown platform ${JSON.stringify(platform)}`);
  return termsFile === undefined ? { platform } : { platform, termsFile };
}

/** Terms file: one term a line; blank lines and surrounding spaces ignored. */
export function parseTermsFile(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  platform: z.string().optional(),
});

/** Lints JSONL lines with the bundled packs; linters are compiled once per platform. */
export class LintTextRunner {
  private readonly linters = new Map<PlatformId, Linter>();

  constructor(
    private readonly platform: PlatformId,
    private readonly extras: LinterExtras = {},
  ) {}

  private linter(platform: PlatformId): Linter {
    let linter = this.linters.get(platform);
    if (!linter) {
      linter = createLinter(bundledPacksFor(platform), this.extras);
      this.linters.set(platform, linter);
    }
    return linter;
  }

  /** The output line (without newline) for one input line. */
  line(input: string): string {
    let raw: unknown;
    try {
      raw = JSON.parse(input);
    } catch {
      return JSON.stringify({ id: null, error: input.trim() ? 'malformed JSON' : 'empty line' });
    }
    const id =
      raw &&
      typeof raw === 'object' &&
      'id' in raw &&
      (typeof raw.id === 'string' || typeof raw.id === 'number')
        ? raw.id
        : null;
    const parsed = LineSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return JSON.stringify({ id, error: `invalid line: ${where}${issue?.message ?? 'bad shape'}` });
    }
    const platform = parsed.data.platform ?? this.platform;
    if (!isPlatformId(platform))
      return JSON.stringify({ id, error: `unknown platform ${JSON.stringify(platform)}` });
    const findings = this.linter(platform)
      .lint(parsed.data.text, { locale: 'en' })
      .map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        start: f.start,
        end: f.end,
        match: f.match,
        message: f.message,
        ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
      }));
    return JSON.stringify({ id: parsed.data.id, findings });
  }
}
