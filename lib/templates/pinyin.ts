/**
 * Pinyin search keys of template titles (物流查询 → wuliuchaxun / wlcx). pinyin-pro's dictionary is large,
 * so only the background and the options page load it; content scripts receive the keys with the list.
 */
import { pinyin } from 'pinyin-pro';
import { NO_PINYIN, type PinyinKeys } from './pinyin-keys';
import type { Template } from './schema';

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const cache = new Map<string, PinyinKeys>();

/** Full syllables joined, and initials, ASCII lower case; empty for text without Han characters. */
export function pinyinKeys(text: string): PinyinKeys {
  if (!/\p{Script=Han}/u.test(text)) return NO_PINYIN;
  const cached = cache.get(text);
  if (cached) return cached;
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
  const keys = {
    full: compact(syllables.join('')),
    initials: compact(syllables.map((s) => s.charAt(0)).join('')),
  };
  if (cache.size > 5000) cache.clear();
  cache.set(text, keys);
  return keys;
}

/** The keys of a template's title, as `buildSearchIndex` takes them. */
export const titlePinyin = (template: Pick<Template, 'title'>): PinyinKeys => pinyinKeys(template.title);
