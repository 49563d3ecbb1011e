/**
 * language.required: runs of text in a script the market does not read (CJK, kana, hangul; Cyrillic,
 * Thai, Arabic…), one hit per run. Punctuation and spaces between two such characters stay in the run.
 * A word of up to three characters in quotes or followed by an English gloss is quoted content.
 * Latin-script sentences in another language (Spanish, Portuguese, French, German, Italian, Indonesian,
 * Vietnamese) are found by their function words: one hit per sentence (latin-language.ts).
 */
import type { Detector } from './detector';
import { foreignSentences } from './latin-language';

const FOREIGN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;
const RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20](?:[\s\p{P}\p{S}\d]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])*/gu;

/** A short word quoted or glossed in an English reply ("the decal reads 福 (good fortune)") is content. */
function quoted(text: string, start: number, end: number): boolean {
  if (Array.from(text.slice(start, end)).length > 3) return false;
  if (/^\s?[(（]\s?[a-z]/i.test(text.slice(end, end + 4))) return true;
  const open = text[start - 1];
  const close = text[end];
  return (
    (open === '"' && close === '"') ||
    (open === "'" && close === "'") ||
    (open === '“' && close === '”') ||
    (open === '‘' && close === '’')
  );
}

export const detectLanguage: Detector = (n) => {
  const hits = [];
  for (const m of n.text.matchAll(RUN)) {
    if (!FOREIGN.test(m[0]) || quoted(n.text, m.index, m.index + m[0].length)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const [start, end] of foreignSentences(n.text)) {
    if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end });
  }
  return hits;
};
