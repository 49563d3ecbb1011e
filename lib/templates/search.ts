/**
 * Template search (pure): Chinese and English, pinyin (full and initials: 物流查询 → wuliuchaxun / wlcx),
 * abbreviations, tags, bodies. Empty query → recently and frequently used first.
 */
import { NO_PINYIN, type PinyinKeys } from './pinyin-keys';
import { appliesTo, type Template } from './schema';

interface SearchKeys {
  title: string;
  titleEn: string;
  abbreviation: string;
  tags: string[];
  body: string;
  pinyinFull: string;
  pinyinInitials: string;
}

export interface SearchEntry {
  template: Template;
  keys: SearchKeys;
}

export interface SearchHit {
  template: Template;
  score: number;
}

export interface SearchOptions {
  /** Only templates in scope for this platform. */
  platform?: string;
  limit?: number;
  /** Epoch ms, for recency. */
  now?: number;
}

type BaseKeys = Omit<SearchKeys, 'pinyinFull' | 'pinyinInitials'>;
const keyCache = new Map<string, BaseKeys>();

function baseKeysFor(template: Template): BaseKeys {
  const cacheKey = `${template.id}\u0000${template.updatedAt}\u0000${template.title}\u0000${template.body.length}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const keys: BaseKeys = {
    title: template.title.toLowerCase(),
    titleEn: (template.titleEn ?? '').toLowerCase(),
    abbreviation: (template.abbreviation ?? '').toLowerCase(),
    tags: template.tags.map((tag) => tag.toLowerCase()),
    body: [template.body, ...Object.values(template.variants)].join('\n').toLowerCase(),
  };
  if (keyCache.size > 5000) keyCache.clear();
  keyCache.set(cacheKey, keys);
  return keys;
}

/**
 * Computes the search keys once per template (cached by id + updatedAt). `pinyinOf` gives a title's
 * pinyin keys: `titlePinyin` (lib/templates/pinyin.ts) where pinyin-pro is loaded, or keys that came
 * with the template list in a content script.
 */
export function buildSearchIndex(
  templates: readonly Template[],
  pinyinOf: (template: Template) => PinyinKeys = () => NO_PINYIN,
): SearchEntry[] {
  return templates.map((template) => {
    const { full, initials } = pinyinOf(template);
    return { template, keys: { ...baseKeysFor(template), pinyinFull: full, pinyinInitials: initials } };
  });
}

/** True if the characters of `needle` appear in order in `hay`. */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let j = 0; j < hay.length && i < needle.length; j++) if (hay[j] === needle[i]) i++;
  return i === needle.length;
}

const wordStart = (hay: string, needle: string) => {
  const at = hay.indexOf(needle);
  if (at < 0) return -1;
  return at === 0 || /[^\p{L}\p{N}]/u.test(hay[at - 1]!) ? 2 : 1;
};

/** Score of one query token against one template; 0 = no match. */
function scoreToken(token: string, keys: SearchKeys): number {
  let score = 0;
  const bump = (value: number) => {
    if (value > score) score = value;
  };
  if (keys.abbreviation) {
    if (keys.abbreviation === token) bump(100);
    else if (keys.abbreviation.startsWith(token)) bump(60);
  }
  const inTitle = keys.title.indexOf(token);
  if (inTitle === 0) bump(60);
  else if (inTitle > 0) bump(50);
  const inEn = wordStart(keys.titleEn, token);
  if (inEn === 2) bump(45);
  else if (inEn === 1) bump(30);
  if (keys.pinyinInitials) {
    if (keys.pinyinInitials.startsWith(token)) bump(token.length > 1 ? 48 : 20);
    else if (token.length > 1 && keys.pinyinInitials.includes(token)) bump(35);
  }
  if (keys.pinyinFull && token.length > 1) {
    if (keys.pinyinFull.startsWith(token)) bump(44);
    else if (keys.pinyinFull.includes(token)) bump(32);
  }
  for (const tag of keys.tags) {
    if (tag === token) bump(40);
    else if (tag.includes(token)) bump(25);
  }
  if (score === 0 && keys.body.includes(token)) bump(wordStart(keys.body, token) === 2 ? 12 : 8);
  if (score === 0 && token.length > 1) {
    if (isSubsequence(token, keys.titleEn) || isSubsequence(token, keys.pinyinFull)) bump(5);
    else if (isSubsequence(token, keys.title)) bump(5);
  }
  return score;
}

const DAY = 86_400_000;

/** Recently and frequently used: decays by half every week since the last use. */
export function frecency(template: Pick<Template, 'usageCount' | 'lastUsedAt'>, now: number): number {
  if (!template.lastUsedAt) return 0;
  const ageDays = Math.max(0, now - template.lastUsedAt) / DAY;
  return (template.usageCount + 1) * 2 ** (-ageDays / 7);
}

/** Ranked search. Query tokens are ANDed; a leading `;` (inline abbreviation) is ignored. */
export function searchTemplates(
  index: readonly SearchEntry[],
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const now = options.now ?? Date.now();
  const tokens = query
    .toLowerCase()
    .replace(/^\s*;/, '')
    .split(/[\s,，、]+/)
    .map((token) => token.trim())
    .filter(Boolean);
  const hits: SearchHit[] = [];
  for (const { template, keys } of index) {
    if (options.platform && !appliesTo(template, options.platform)) continue;
    const use = frecency(template, now);
    if (tokens.length === 0) {
      hits.push({ template, score: use });
      continue;
    }
    let score = 0;
    for (const token of tokens) {
      const s = scoreToken(token, keys);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) hits.push({ template, score: score + Math.min(10, Math.log2(1 + use) * 3) });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.template.lastUsedAt - a.template.lastUsedAt ||
      a.template.title.localeCompare(b.template.title, 'zh-Hans-CN'),
  );
  return options.limit ? hits.slice(0, options.limit) : hits;
}

/** The template whose abbreviation is exactly `abbr` (case-insensitive) for inline `;abbr` expansion. */
export function findByAbbreviation(
  templates: readonly Template[],
  abbr: string,
  platform?: string,
): Template | undefined {
  const wanted = abbr.replace(/^;/, '').toLowerCase();
  if (!wanted) return undefined;
  return templates.find(
    (t) => t.abbreviation?.toLowerCase() === wanted && (!platform || appliesTo(t, platform)),
  );
}
