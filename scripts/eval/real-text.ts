/**
 * `npm run eval` rows on real text nobody on this team wrote (../shared/real-replies, read in place and
 * never copied): positives detected (any block finding), by category, and the share of ordinary replies
 * blocked wrongly, per platform. A block is right when tests/fixtures/real-labels.json (our adjudication:
 * ids and reasons only) says the line holds a violation of that category; any other block is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Finding, Linter } from '@/lib/detect/types';
import type { PlatformId } from '@/lib/platforms';

export const REAL_POSITIVE_TARGET = 0.97;
export const REAL_WRONG_BLOCK_TARGET = 0.003;

/** Chinese lines are read as Pinduoduo and AliExpress replies, English ones as Walmart and Amazon. */
export const REAL_PLATFORMS = {
  zh: ['pinduoduo', 'aliexpress'],
  en: ['walmart', 'amazon'],
} as const satisfies Record<string, readonly PlatformId[]>;

const LineSchema = z.object({ id: z.string(), text: z.string(), category: z.string().optional() });
type RealLine = z.infer<typeof LineSchema>;

const LabelsSchema = z.record(
  z.string(),
  z.object({ violations: z.array(z.string()).min(1), reason: z.string().min(1) }),
);
export type RealLabels = z.infer<typeof LabelsSchema>;

/** Where the real text lives: $REAL_REPLIES_DIR, else ../shared/real-replies beside the repository. */
export function realTextDir(): string {
  return (
    process.env.REAL_REPLIES_DIR ?? fileURLToPath(new URL('../../../shared/real-replies/', import.meta.url))
  );
}

function readLines(dir: string, file: string): RealLine[] {
  return readFileSync(`${dir}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => LineSchema.parse(JSON.parse(l)));
}

export function loadLabels(): RealLabels {
  const file = new URL('../../tests/fixtures/real-labels.json', import.meta.url);
  return LabelsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const HAN = /\p{Script=Han}/u;
/** Positives are told apart by script; ordinary replies by file. */
const languageOf = (line: RealLine): keyof typeof REAL_PLATFORMS =>
  line.id.startsWith('zh-') || HAN.test(line.text) ? 'zh' : 'en';
const blocks = (findings: Finding[]) => findings.filter((f) => f.severity === 'block');

export interface PositiveRow {
  category: string;
  platform: PlatformId;
  found: number;
  total: number;
  misses: string[];
}

/** Positives detected (any block finding) per category and platform. */
export function scorePositives(lines: RealLine[], linterFor: (p: PlatformId) => Linter): PositiveRow[] {
  const rows = new Map<string, PositiveRow>();
  for (const line of lines) {
    for (const platform of REAL_PLATFORMS[languageOf(line)]) {
      const category = line.category ?? 'unknown';
      const key = `${category}|${platform}`;
      const row = rows.get(key) ?? { category, platform, found: 0, total: 0, misses: [] };
      row.total++;
      if (blocks(linterFor(platform).lint(line.text)).length > 0) row.found++;
      else row.misses.push(line.id);
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.category.localeCompare(b.category) || a.platform.localeCompare(b.platform),
  );
}

export interface BlockRow {
  platform: PlatformId;
  total: number;
  blocked: { id: string; text: string; findings: Finding[]; wrong: Finding[] }[];
  wrong: number;
}

/** Ordinary replies blocked, per platform, each block judged against the adjudication. */
export function scoreOrdinary(
  lines: RealLine[],
  linterFor: (p: PlatformId) => Linter,
  labels: RealLabels,
): BlockRow[] {
  const out: BlockRow[] = [];
  for (const language of ['zh', 'en'] as const) {
    const mine = lines.filter((l) => languageOf(l) === language);
    for (const platform of REAL_PLATFORMS[language]) {
      const row: BlockRow = { platform, total: mine.length, blocked: [], wrong: 0 };
      for (const line of mine) {
        const found = blocks(linterFor(platform).lint(line.text));
        if (found.length === 0) continue;
        const right = labels[line.id]?.violations ?? [];
        const wrong = found.filter((f) => !right.includes(f.category));
        row.blocked.push({ id: line.id, text: line.text, findings: found, wrong });
        if (wrong.length > 0) row.wrong++;
      }
      out.push(row);
    }
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pct2 = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The rows as `npm run eval` prints them; `show` lists blocked lines for a person to adjudicate. */
export function realTextReport(linterFor: (p: PlatformId) => Linter, show: boolean): string {
  const dir = realTextDir();
  if (!existsSync(`${dir}/positives.jsonl`)) {
    return `### real text\n\nskipped: ${dir} not found (the real-text rows need ../shared/real-replies beside the repository, or REAL_REPLIES_DIR)`;
  }
  const labels = loadLabels();
  const positives = scorePositives(readLines(dir, 'positives.jsonl'), linterFor);
  const ordinary = scoreOrdinary(
    [...readLines(dir, 'replies-zh.jsonl'), ...readLines(dir, 'replies-en.jsonl')],
    linterFor,
    labels,
  );
  const out = [
    '### real text: positives detected (any block finding)',
    '',
    '| category | platform | detected |',
    '|---|---|---|',
  ];
  const perPlatform = new Map<string, { found: number; total: number }>();
  for (const r of positives) {
    out.push(`| ${r.category} | ${r.platform} | ${pct(r.found / r.total)} (${r.found}/${r.total}) |`);
    const p = perPlatform.get(r.platform) ?? { found: 0, total: 0 };
    p.found += r.found;
    p.total += r.total;
    perPlatform.set(r.platform, p);
  }
  for (const [platform, p] of perPlatform) {
    const ok = p.found / p.total >= REAL_POSITIVE_TARGET;
    out.push(
      `| **all** | **${platform}** | **${pct(p.found / p.total)}** (${p.found}/${p.total}) ${ok ? 'met' : 'MISSED'} |`,
    );
  }
  const missed = positives.flatMap((r) => r.misses.map((id) => `${id} (${r.platform})`));
  if (missed.length > 0) out.push('', `missed: ${missed.join(', ')}`);
  out.push(
    '',
    '### real text: ordinary replies blocked',
    '',
    '| platform | blocked | blocked wrongly | target <= 0.3% |',
    '|---|---|---|---|',
  );
  for (const r of ordinary) {
    const ok = r.wrong / r.total <= REAL_WRONG_BLOCK_TARGET;
    out.push(
      `| ${r.platform} | ${pct2(r.blocked.length / r.total)} (${r.blocked.length}/${r.total}) | ${pct2(r.wrong / r.total)} (${r.wrong}) | ${ok ? 'met' : 'MISSED'} |`,
    );
  }
  for (const r of ordinary) {
    const list = show ? r.blocked : r.blocked.filter((b) => b.wrong.length > 0);
    if (list.length === 0) continue;
    out.push('', `${r.platform}: ${show ? 'blocked lines' : 'blocked wrongly (or not adjudicated)'}`);
    for (const b of list) {
      const mark = b.wrong.length > 0 ? (labels[b.id] ? 'WRONG' : 'NOT ADJUDICATED') : 'ok';
      const what = b.findings.map((f) => `${f.category}:${JSON.stringify(f.match)}`).join(', ');
      out.push(`  ${mark} ${b.id} ${what}`, `      ${b.text}`);
    }
  }
  return out.join('\n');
}
