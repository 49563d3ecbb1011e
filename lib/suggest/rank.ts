/**
 * Suggestions while typing (pure, local): BM25 over each template's cue words, titles (with their
 * pinyin), tags and bodies in every language, queried with the buyer's last message and the text typed
 * so far, plus a little for the agent's own use of a template. Build the index once per template list;
 * `suggest` then looks up only the query's tokens (1,000 templates in well under 2 ms a keystroke).
 */
import type { PinyinKeys } from '@/lib/templates/pinyin-keys';
import { appliesTo, type Template } from '@/lib/templates/schema';
import { frecency } from '@/lib/templates/search';
import { tokenize } from './tokenize';

/** How much a token counts by where it stands in a template. */
const FIELD_WEIGHT = { keywords: 3, title: 2, tags: 1.5, body: 1 } as const;
const K1 = 1.2;
/** Low length normalisation: bodies in many languages make long documents that are not less relevant. */
const B = 0.4;
/** The text typed so far says more about the reply than the buyer's message. */
const TYPED_WEIGHT = 1.5;
/** Below this nothing is suggested: one weak shared word is not a reason to offer a template. */
const MIN_SCORE = 1.5;

export interface SuggestIndex {
  templates: Template[];
  /** token → [document, weighted term frequency] pairs. */
  postings: Map<string, Array<[number, number]>>;
  lengths: Float64Array;
  averageLength: number;
}

export interface Suggestion {
  template: Template;
  score: number;
}

function addField(counts: Map<string, number>, text: string, weight: number): number {
  const tokens = tokenize(text);
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + weight);
  return tokens.length * weight;
}

/** Indexes templates once (cue words, titles, pinyin of Chinese titles, tags, every body). */
export function buildSuggestIndex(
  templates: readonly Template[],
  pinyin: Readonly<Record<string, PinyinKeys>> = {},
): SuggestIndex {
  const postings = new Map<string, Array<[number, number]>>();
  const lengths = new Float64Array(templates.length);
  templates.forEach((template, doc) => {
    const counts = new Map<string, number>();
    const keys = pinyin[template.id];
    let length = addField(counts, (template.keywords ?? []).join(' \n '), FIELD_WEIGHT.keywords);
    length += addField(
      counts,
      [template.title, template.titleEn ?? '', keys?.full ?? '', keys?.initials ?? ''].join(' \n '),
      FIELD_WEIGHT.title,
    );
    length += addField(counts, template.tags.join(' \n '), FIELD_WEIGHT.tags);
    length += addField(
      counts,
      [template.body, ...Object.values(template.variants)].join(' \n '),
      FIELD_WEIGHT.body,
    );
    lengths[doc] = length;
    for (const [token, tf] of counts) {
      const list = postings.get(token);
      if (list) list.push([doc, tf]);
      else postings.set(token, [[doc, tf]]);
    }
  });
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return { templates: [...templates], postings, lengths, averageLength: total / (templates.length || 1) };
}

export interface SuggestQuery {
  /** The buyer's last message in the open conversation. */
  buyer?: string;
  /** What the agent has typed in the reply so far. */
  typed?: string;
  platform?: string;
  now?: number;
  limit?: number;
}

function queryWeights(query: SuggestQuery): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    for (const token of new Set(tokenize(text ?? ''))) weights.set(token, (weights.get(token) ?? 0) + weight);
  };
  add(query.buyer, 1);
  add(query.typed, TYPED_WEIGHT);
  return weights;
}

/** Up to `limit` (3) templates for the conversation, best first; none when nothing matches well. */
export function suggest(index: SuggestIndex, query: SuggestQuery): Suggestion[] {
  const weights = queryWeights(query);
  if (weights.size === 0) return [];
  const n = index.templates.length;
  const scores = new Map<number, number>();
  for (const [token, weight] of weights) {
    const list = index.postings.get(token);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    for (const [doc, tf] of list) {
      const norm = 1 - B + (B * index.lengths[doc]!) / index.averageLength;
      const part = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
      scores.set(doc, (scores.get(doc) ?? 0) + weight * part);
    }
  }
  const now = query.now ?? Date.now();
  const hits: Suggestion[] = [];
  for (const [doc, score] of scores) {
    const template = index.templates[doc]!;
    if (score < MIN_SCORE || (query.platform && !appliesTo(template, query.platform))) continue;
    hits.push({ template, score: score + 0.3 * Math.log2(1 + frecency(template, now)) });
  }
  hits.sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id));
  return hits.slice(0, query.limit ?? 3);
}
