/**
 * Template search on a 1,000-template library: building the search keys (pinyin included) once, then the
 * per-keystroke search for typical queries (empty, pinyin initials, full pinyin, Chinese, English, abbreviation).
 */

import { titlePinyin } from '@/lib/templates/pinyin';
import { TemplateSchema } from '@/lib/templates/schema';
import { buildSearchIndex, searchTemplates } from '@/lib/templates/search';
import { starterTemplates } from '@/lib/templates/starter';
import { fmt, register, seeded, time } from './harness';

const COUNT = 1_000;
const QUERIES = ['', 'wlcx', 'wuliu', '物流', 'refund', ';trk', 'damaged item', 'tk 售后'];

export function library() {
  const random = seeded(7);
  const starters = starterTemplates();
  return Array.from({ length: COUNT }, (_, i) => {
    const base = starters[i % starters.length]!;
    return TemplateSchema.parse({
      ...base,
      id: `bench.${i}`,
      title: `${base.title}${i}`,
      abbreviation: `${base.abbreviation ?? 'x'}${i}`,
      usageCount: Math.floor(random() * 50),
      lastUsedAt: random() < 0.5 ? Date.UTC(2026, 0, 1) - Math.floor(random() * 30 * 86_400_000) : 0,
    });
  });
}

register({
  name: 'template search',
  run() {
    const templates = library();
    const t0 = performance.now();
    const index = buildSearchIndex(templates, titlePinyin);
    const buildMs = performance.now() - t0;
    const now = Date.UTC(2026, 0, 1);
    const rows = QUERIES.map((query) => {
      const timing = time(
        [query],
        (q) => searchTemplates(index, q, { platform: 'shopee', now, limit: 50 }),
        200,
      );
      const hits = searchTemplates(index, query, { platform: 'shopee', now }).length;
      return `| \`${query || '(empty)'}\` | ${hits} | ${fmt(timing.medianMs)} | ${fmt(timing.p95Ms)} |`;
    });
    return [
      `## Template search (${COUNT} templates)`,
      '',
      `Search keys (lower-cased text, full pinyin and initials of each title) built once in ${fmt(buildMs)} ms.`,
      '',
      '| query | hits | median ms | p95 ms |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n');
  },
});
