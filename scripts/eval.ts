/**
 * `npm run eval [-- --strict|--strict-all] [--set main|heldout] [--platform ID] [--show N] [--extras] [--by-platform]
 *   [--show-blocked] [--no-real]`
 * Lints the labelled corpus (tests/fixtures/corpus/replies.jsonl) with the bundled packs of each reply's
 * platform and prints recall per category and the clean false-positive rate.
 *
 * Definitions:
 * - An expected finding {category, match} is found when some finding has the same category and a span that
 *   overlaps an occurrence of `match` in the text (start < m.end && m.start < end).
 * - Clean FP rate of a category: the share of clean replies (expected = []) with at least one finding of it;
 *   overall: the share of clean replies with any finding at all.
 * - Extra findings on violating replies (category not expected, or no overlap) are counted for information.
 * Real text (scripts/eval/real-text.ts): rows on ../shared/real-replies when it is there; --show-blocked lists
 * every blocked ordinary reply for adjudication (tests/fixtures/real-labels.json).
 * Targets: overall recall >= 0.97 and overall clean FP rate <= 0.02, on the main set (exit 1 with --strict when
 * missed) or on every selected reply, held-out included (--strict-all). The held-out set is never tuned on.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createLinter } from '@/lib/detect/lint';
import type { Finding, Linter } from '@/lib/detect/types';
import { isPlatformId, PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { realTextReport } from './eval/real-text';
import { suggestionReport } from './eval/suggestions';

export const RECALL_TARGET = 0.97;
export const FP_TARGET = 0.02;

const LineSchema = z.object({
  id: z.string(),
  platform: z.enum(PLATFORM_IDS),
  set: z.enum(['main', 'heldout']).default('main'),
  text: z.string(),
  expected: z.array(z.object({ category: z.string(), match: z.string().min(1) })),
});
export type CorpusLine = z.infer<typeof LineSchema>;
type Line = CorpusLine;

/** The labelled corpus, validated. */
export function loadCorpus(): CorpusLine[] {
  const file = new URL('../tests/fixtures/corpus/replies.jsonl', import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => LineSchema.parse(JSON.parse(l)));
}

/** One linter per platform over its bundled packs, compiled on first use. */
export function bundledLinters(): (platform: PlatformId) => Linter {
  const linters = new Map<PlatformId, Linter>();
  return (p) => {
    let linter = linters.get(p);
    if (!linter) {
      linter = createLinter(bundledPacksFor(p));
      linters.set(p, linter);
    }
    return linter;
  };
}

export interface Miss {
  id: string;
  category: string;
  match: string;
  got: string[];
}
export interface Report {
  recall: Map<string, { found: number; total: number }>;
  cleanFp: Map<string, number>;
  cleanTotal: number;
  cleanWithAny: number;
  misses: Miss[];
  falsePositives: { id: string; text: string; findings: Finding[] }[];
  extras: number;
  extraList: { id: string; finding: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Scores a set of corpus lines with one linter per platform. */
export function score(lines: Line[], linterFor: (platform: PlatformId) => Linter): Report {
  const report: Report = {
    recall: new Map(),
    cleanFp: new Map(),
    cleanTotal: 0,
    cleanWithAny: 0,
    misses: [],
    falsePositives: [],
    extras: 0,
    extraList: [],
  };
  for (const line of lines) {
    const findings = linterFor(line.platform).lint(line.text);
    if (line.expected.length === 0) {
      report.cleanTotal += 1;
      if (findings.length > 0) {
        report.cleanWithAny += 1;
        report.falsePositives.push({ id: line.id, text: line.text, findings });
      }
      for (const category of new Set(findings.map((f) => f.category))) {
        report.cleanFp.set(category, (report.cleanFp.get(category) ?? 0) + 1);
      }
      continue;
    }
    const spans = line.expected.flatMap((e) =>
      occurrences(line.text, e.match).map((start) => ({ ...e, start, end: start + e.match.length })),
    );
    for (const e of line.expected) {
      const entry = report.recall.get(e.category) ?? { found: 0, total: 0 };
      entry.total += 1;
      const mine = spans.filter((s) => s.category === e.category && s.match === e.match);
      if (findings.some((f) => f.category === e.category && mine.some((m) => overlaps(f, m))))
        entry.found += 1;
      else
        report.misses.push({
          id: line.id,
          category: e.category,
          match: e.match,
          got: findings.map(describe),
        });
      report.recall.set(e.category, entry);
    }
    const extra = findings.filter((f) => !spans.some((e) => e.category === f.category && overlaps(f, e)));
    report.extras += extra.length;
    for (const f of extra)
      report.extraList.push({ id: line.id, finding: `${f.ruleId}:${JSON.stringify(f.match)}` });
  }
  return report;
}

function occurrences(text: string, match: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(match); at >= 0; at = text.indexOf(match, at + 1)) out.push(at);
  return out;
}

const describe = (f: Finding) => `${f.category}:${JSON.stringify(f.match)}`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function overall(report: Report): { recall: number; fp: number } {
  let found = 0;
  let total = 0;
  for (const entry of report.recall.values()) {
    found += entry.found;
    total += entry.total;
  }
  return {
    recall: total === 0 ? 1 : found / total,
    fp: report.cleanTotal === 0 ? 0 : report.cleanWithAny / report.cleanTotal,
  };
}

function table(title: string, report: Report): string {
  const categories = [...new Set([...report.recall.keys(), ...report.cleanFp.keys()])].sort();
  const rows = categories.map((c) => {
    const r = report.recall.get(c);
    const fp = report.cleanFp.get(c) ?? 0;
    const recall = r ? `${pct(r.found / r.total)} (${r.found}/${r.total})` : '-';
    return `| ${c} | ${recall} | ${pct(fp / Math.max(1, report.cleanTotal))} (${fp}) |`;
  });
  const o = overall(report);
  return [
    `### ${title}`,
    '',
    '| category | recall | clean FP rate |',
    '|---|---|---|',
    ...rows,
    `| **overall** | **${pct(o.recall)}** | **${pct(o.fp)}** (${report.cleanWithAny}/${report.cleanTotal}) |`,
    '',
    `extra findings on violating replies: ${report.extras}`,
  ].join('\n');
}

function main(argv: string[]): number {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const strict = argv.includes('--strict');
  const show = Number(arg('--show') ?? 15);
  const set = arg('--set');
  const platform = arg('--platform');
  if (platform !== undefined && !isPlatformId(platform)) {
    console.error(`unknown platform ${platform}`);
    return 2;
  }
  const lines = loadCorpus().filter(
    (l) => (set ? l.set === set : true) && (platform ? l.platform === platform : true),
  );
  const linterFor = bundledLinters();

  const all = score(lines, linterFor);
  const sets = ['main', 'heldout'].filter((s) => lines.some((l) => l.set === s));
  console.log(`ReplyGuard eval: ${lines.length} replies, ${all.cleanTotal} clean\n`);
  console.log(table('all replies', all));
  if (sets.length > 1) {
    for (const s of sets) {
      console.log('');
      console.log(
        table(
          `${s} set`,
          score(
            lines.filter((l) => l.set === s),
            linterFor,
          ),
        ),
      );
    }
  }
  if (argv.includes('--by-platform')) {
    for (const p of PLATFORM_IDS.filter((id) => lines.some((l) => l.platform === id))) {
      console.log('');
      console.log(
        table(
          `${p}`,
          score(
            lines.filter((l) => l.platform === p),
            linterFor,
          ),
        ),
      );
    }
  }
  if (all.misses.length > 0) {
    console.log(`\nMisses (${all.misses.length}, first ${Math.min(show, all.misses.length)}):`);
    for (const m of all.misses.slice(0, show)) {
      console.log(
        `  ${m.id} ${m.category} ${JSON.stringify(m.match)}  got: ${m.got.join(', ') || 'nothing'}`,
      );
    }
  }
  if (all.falsePositives.length > 0) {
    console.log(
      `\nFalse positives on clean replies (${all.falsePositives.length}, first ${Math.min(show, all.falsePositives.length)}):`,
    );
    for (const fp of all.falsePositives.slice(0, show)) {
      console.log(
        `  ${fp.id} ${fp.findings.map((f) => `${f.ruleId}:${JSON.stringify(f.match)}`).join(', ')}`,
      );
      console.log(`      ${fp.text}`);
    }
  }
  if (!argv.includes('--no-real'))
    console.log(`\n${realTextReport(linterFor, argv.includes('--show-blocked'))}`);
  if (!argv.includes('--no-suggest'))
    console.log(`\n${suggestionReport(argv.includes('--show-suggest') ? 200 : 0)}`);
  if (argv.includes('--extras')) {
    console.log(`\nExtra findings on violating replies (${all.extraList.length}):`);
    for (const e of all.extraList) console.log(`  ${e.id} ${e.finding}`);
  }
  // The gate applies to the main set (the held-out set is expected to score lower: it is never tuned on);
  // --strict-all applies it to every reply selected.
  const gated = argv.includes('--strict-all')
    ? all
    : score(
        lines.filter((l) => l.set === 'main'),
        linterFor,
      );
  const o = overall(gated);
  const ok = o.recall >= RECALL_TARGET && o.fp <= FP_TARGET;
  const scope = argv.includes('--strict-all') ? 'all replies' : 'main set';
  console.log(
    `\nTargets (${scope}): recall >= ${pct(RECALL_TARGET)} ${o.recall >= RECALL_TARGET ? 'met' : 'MISSED'} (${pct(o.recall)}), clean FP <= ${pct(FP_TARGET)} ${o.fp <= FP_TARGET ? 'met' : 'MISSED'} (${pct(o.fp)})`,
  );
  return (strict || argv.includes('--strict-all')) && !ok ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
