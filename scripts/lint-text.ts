/**
 * Contract 3: lints JSONL replies from stdin, one output line per input line, in order.
 * npm run --silent lint-text -- --platform <id> [--terms FILE]  < replies.jsonl  > findings.jsonl
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  LINT_TEXT_USAGE,
  type LintTextArgs,
  LintTextRunner,
  parseLintTextArgs,
  parseTermsFile,
  UsageError,
} from '@/lib/cli/lint-text';

function fail(message: string): never {
  process.stderr.write(`lint-text: ${message}\n${LINT_TEXT_USAGE}\n`);
  process.exit(2);
}

let args: LintTextArgs;
let terms: string[] = [];
try {
  args = parseLintTextArgs(process.argv.slice(2));
  if (args.termsFile !== undefined) terms = parseTermsFile(readFileSync(args.termsFile, 'utf8'));
} catch (error) {
  if (error instanceof UsageError) fail(error.message);
  fail(`cannot read --terms file: ${(error as Error).message}`);
}

const runner = new LintTextRunner(args.platform, { terms });
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
let out = '';
for await (const line of lines) {
  out += `${runner.line(line)}\n`;
  if (out.length > 1 << 16) {
    process.stdout.write(out);
    out = '';
  }
}
process.stdout.write(out);
