/**
 * language.required: runs of text in a script the market does not read (CJK, kana, hangul; Cyrillic,
 * Thai, Arabic…), one hit per run. Punctuation and spaces between two such characters stay in the run.
 */
import type { Detector } from './detector';

const FOREIGN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;
const RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20](?:[\s\p{P}\p{S}\d]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])*/gu;

export const detectLanguage: Detector = (n) => {
  const hits = [];
  for (const m of n.text.matchAll(RUN)) {
    if (!FOREIGN.test(m[0])) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
};
