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
const MIN_LIBRARY = 30;

export interface SuggestIndex {
  templates: Template[];
  /** token → the documents holding it and each one's BM25 weight for it (idf and length norm included). */
  postings: Map<string, { docs: Int32Array; weights: Float32Array }>;
  /** The buyer-message part of the last query: it stays the same over many keystrokes. */
  memo?: { buyer: string; scores: Float64Array };
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
  const counted = templates.map((template) => {
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
    return { counts, length };
  });
  const average = counted.reduce((sum, doc) => sum + doc.length, 0) / (counted.length || 1);
  const lists = new Map<string, Array<[number, number]>>();
  counted.forEach(({ counts }, doc) => {
    for (const [token, tf] of counts) {
      const list = lists.get(token);
      if (list) list.push([doc, tf]);
      else lists.set(token, [[doc, tf]]);
    }
  });
  // A small library makes every word look common: count it as at least the starter library's size.
  const n = Math.max(templates.length, MIN_LIBRARY);
  const postings: SuggestIndex['postings'] = new Map();
  for (const [token, list] of lists) {
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    const docs = new Int32Array(list.length);
    const weights = new Float32Array(list.length);
    list.forEach(([doc, tf], i) => {
      const norm = 1 - B + (B * counted[doc]!.length) / average;
      docs[i] = doc;
      weights[i] = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
    });
    postings.set(token, { docs, weights });
  }
  return { templates: [...templates], postings };
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

function addScores(index: SuggestIndex, text: string, weight: number, scores: Float64Array): void {
  for (const token of new Set(tokenize(text))) {
    const list = index.postings.get(token);
    if (!list) continue;
    for (let i = 0; i < list.docs.length; i++) scores[list.docs[i]!]! += weight * list.weights[i]!;
  }
}

/** The scores of the buyer's message, kept until the message changes. */
function buyerScores(index: SuggestIndex, buyer: string): Float64Array {
  if (index.memo?.buyer !== buyer) {
    const scores = new Float64Array(index.templates.length);
    addScores(index, buyer, 1, scores);
    index.memo = { buyer, scores };
  }
  return index.memo.scores;
}

/** Up to `limit` (3) templates for the conversation, best first; none when nothing matches well. */
export function suggest(index: SuggestIndex, query: SuggestQuery): Suggestion[] {
  const scores = buyerScores(index, query.buyer ?? '').slice();
  if (query.typed) addScores(index, query.typed, TYPED_WEIGHT, scores);
  const now = query.now ?? Date.now();
  const limit = query.limit ?? 3;
  const hits: Suggestion[] = [];
  for (let doc = 0; doc < scores.length; doc++) {
    if (scores[doc]! < MIN_SCORE) continue;
    const template = index.templates[doc]!;
    if (query.platform && !appliesTo(template, query.platform)) continue;
    hits.push({ template, score: scores[doc]! + 0.3 * Math.log2(1 + frecency(template, now)) });
  }
  hits.sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id));
  return hits.slice(0, limit);
}
