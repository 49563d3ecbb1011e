/**
 * `npm run lint:packages` (also the last step of `npm run zip`): web-ext lint on both store packages, as
 * AMO would lint them (not --self-hosted). Lints the folders that `wxt zip` packs (.output/chrome-mv3 and
 * .output/firefox-mv2); prints every message, exits 1 on any error. Known warnings: docs/store/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface Report {
  summary: { errors: number; warnings: number; notices: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

const PACKAGES = ['chrome-mv3', 'firefox-mv2'];
const webExt = resolve('node_modules/.bin/web-ext');

let failed = false;
for (const name of PACKAGES) {
  const dir = resolve('.output', name);
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`${name}: no build in .output/${name}: run "npm run zip" (or the builds) first.`);
    failed = true;
    continue;
  }
  const run = spawnSync(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    console.error(
      `${name}: web-ext lint gave no report (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}`,
    );
    failed = true;
    continue;
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`${name}: web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const kind of ['errors', 'warnings', 'notices'] as const) {
    for (const m of report[kind]) {
      const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '';
      console.log(`  ${kind.slice(0, -1)} ${m.code}${where}: ${m.message}`);
    }
  }
  if (errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);
