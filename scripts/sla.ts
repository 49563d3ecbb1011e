/**
 * Contract 5: prints one JSON object {deadline, remainingSeconds, state} for a buyer message.
 * npm run --silent sla -- --platform <id> --received <ISO 8601> [--now <ISO 8601>]
 */
import { parseSlaArgs, runSla, SLA_USAGE, UsageError } from '@/lib/cli/sla';

try {
  const answer = runSla(parseSlaArgs(process.argv.slice(2), Date.now()));
  process.stdout.write(`${JSON.stringify(answer)}\n`);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`sla: ${error.message}\n${SLA_USAGE}\n`);
  process.exitCode = 2;
}
