/**
 * Suggestion accuracy on the labelled buyer messages (tests/fixtures/suggest/buyer-messages.jsonl): for
 * each message, are the starter templates the ranker offers on that platform led by (top-1) or do they
 * include (top-3) the starter that should answer it? Targets: top-3 >= 0.9, top-1 >= 0.7.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildSuggestIndex, suggest } from '@/lib/suggest/rank';
import { titlePinyin } from '@/lib/templates/pinyin';
import { starterTemplates } from '@/lib/templates/starter';

const FIXTURES = new URL('../../tests/fixtures/suggest/', import.meta.url);
/** The labelled set, and a held-out set written after the first run and never tuned on. */
const FILES = { main: 'buyer-messages.jsonl', heldout: 'buyer-messages-heldout.jsonl' } as const;
export const TOP3_TARGET = 0.9;
export const TOP1_TARGET = 0.7;

const LineSchema = z.object({
  id: z.string(),
  platform: z.string(),
  language: z.string(),
  text: z.string().min(1),
  template: z.string(),
});
export type LabelledMessage = z.infer<typeof LineSchema>;

export function labelledMessages(set: keyof typeof FILES = 'main'): LabelledMessage[] {
  return readFileSync(fileURLToPath(new URL(FILES[set], FIXTURES)), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => LineSchema.parse(JSON.parse(line)));
}

export interface SuggestionScore {
  total: number;
  top1: number;
  top3: number;
  byLanguage: Map<string, { total: number; top1: number; top3: number }>;
  misses: Array<{ message: LabelledMessage; got: string[] }>;
}

export function scoreSuggestions(messages = labelledMessages()): SuggestionScore {
  const starters = starterTemplates();
  const index = buildSuggestIndex(starters, Object.fromEntries(starters.map((t) => [t.id, titlePinyin(t)])));
  const result: SuggestionScore = { total: 0, top1: 0, top3: 0, byLanguage: new Map(), misses: [] };
  for (const message of messages) {
    const got = suggest(index, { buyer: message.text, platform: message.platform, now: 0 }).map((hit) =>
      hit.template.id.replace(/^starter\./, ''),
    );
    const row = result.byLanguage.get(message.language) ?? { total: 0, top1: 0, top3: 0 };
    result.byLanguage.set(message.language, row);
    const first = got[0] === message.template;
    const three = got.includes(message.template);
    for (const tally of [result, row]) {
      tally.total++;
      if (first) tally.top1++;
      if (three) tally.top3++;
    }
    if (!first) result.misses.push({ message, got });
  }
  return result;
}

const ratio = (part: number, total: number) => (total ? part / total : 0);

export function suggestionReport(show = 0): string {
  const score = scoreSuggestions();
  const lines = [`Suggestions: ${score.total} labelled buyer messages (starter templates)`];
  lines.push('  language   n   top-1   top-3');
  const row = (label: string, tally: { total: number; top1: number; top3: number }) =>
    `  ${label.padEnd(8)} ${String(tally.total).padStart(3)}   ${ratio(tally.top1, tally.total).toFixed(2)}    ${ratio(tally.top3, tally.total).toFixed(2)}`;
  for (const [language, tally] of [...score.byLanguage].sort()) lines.push(row(language, tally));
  lines.push(row('all', score));
  const heldout = scoreSuggestions(labelledMessages('heldout'));
  lines.push(row('held-out', heldout));
  const top1 = ratio(score.top1, score.total);
  const top3 = ratio(score.top3, score.total);
  lines.push(
    `  targets (labelled set): top-3 >= ${TOP3_TARGET} ${top3 >= TOP3_TARGET ? 'met' : 'MISSED'}, top-1 >= ${TOP1_TARGET} ${top1 >= TOP1_TARGET ? 'met' : 'MISSED'}`,
  );
  for (const miss of [...score.misses, ...heldout.misses].slice(0, show)) {
    lines.push(
      `  ${miss.message.id} want ${miss.message.template} got ${miss.got.join(', ') || '(none)'}: ${miss.message.text}`,
    );
  }
  return lines.join('\n');
}
