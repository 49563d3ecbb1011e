/**
 * The bundled packs on real-looking replies: per seed platform, compile time and heap of its linter, and
 * time per lint on the corpus replies and on a 2,000-character reply made of them (an agent's long answer).
 */
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { loadCorpus } from '@/scripts/eval';
import { fmt, heapUsed, mb, register, time } from './harness';

const SEED: PlatformId[] = ['pinduoduo', 'shopee', 'aliexpress', 'walmart', 'dhgate'];

function run(): string {
  const corpus = loadCorpus();
  const rows: string[] = [];
  for (const platform of SEED) {
    const replies = corpus.filter((l) => l.platform === platform).map((l) => l.text);
    let long = '';
    for (let i = 0; long.length < 2000; i++) long += `${replies[i % replies.length]} `;
    long = long.slice(0, 2000);
    const before = heapUsed();
    const t0 = performance.now();
    const linter = createLinter(bundledPacksFor(platform));
    const compileMs = performance.now() - t0;
    const heap = heapUsed() - before;
    const short = time(replies, (text) => linter.lint(text), 5, 1000);
    const longs = time(
      Array.from({ length: 50 }, () => long),
      (text) => linter.lint(text),
      10,
      3000,
    );
    const rules = bundledPacksFor(platform).reduce((n, p) => n + p.rules.length, 0);
    rows.push(
      `| ${platform} | ${rules} | ${fmt(compileMs)} ms | ${mb(heap)} MB | ${replies.length} | ${fmt(short.medianMs)} ms | ${fmt(short.p95Ms)} ms | ${fmt(longs.medianMs)} ms | ${fmt(longs.p95Ms)} ms |`,
    );
    console.error(`  ${platform}: ${fmt(short.medianMs)} ms median per corpus reply`);
  }
  return [
    '## Bundled packs on the corpus replies',
    '',
    'The linter each seed platform gets (`common` + its own pack), compiled once; timed on the labelled corpus',
    'replies of that platform (tests/fixtures/corpus) and on a 2,000-character reply glued from them.',
    '',
    '| platform | rules | compile | heap after compile | replies | per reply, median | p95 | 2,000 chars, median | p95 |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

register({ name: 'corpus-lint', run });
