/**
 * Pinyin initials glued to Han, standing for a word declared by sound: `zhd面料` for 最好的面料, `dy品牌`
 * for 第一品牌, `zdj` for 最低价. Each word's initials come from its syllables (lib/detect/sound.ts, from
 * pinyin-pro), so the words are never listed twice. The text is read again with the word in place
 * (lint.ts), so the rule's own context decides: `dy品牌` fires as 第一品牌, `dy上` does not.
 * Two letters say little: a two-letter run stands only for a word that is no term by itself (第一 needs its
 * pattern's context; 顶级 and 极品 are terms, so dj and jp stay letters). Pure.
 */
import type { Spelling } from './respell';
import { syllableOf } from './sound';

/** Letters a pinyin syllable can start with (no vowel: a run with one is a word or a syllable). */
const INITIAL = /^[bpmfdtnlgkhjqxrzcsyw]{2,4}$/;
const RUN = /[a-z]{2,4}/gi;
const HAN = /\p{Script=Han}/u;

export class Initials {
  private readonly words = new Map<string, string>();

  /** `words`: Han words declared by sound; `terms`: those that fire alone (two-letter runs skip them). */
  constructor(words: Iterable<string>, terms: ReadonlySet<string>) {
    for (const word of words) {
      const chars = [...word];
      if (chars.length < 2 || chars.length > 4) continue;
      const syllables = chars.map(syllableOf);
      if (syllables.some((s) => s === undefined)) continue;
      const key = syllables.map((s) => s![0]).join('');
      if (key.length === 2 && terms.has(word)) continue;
      // Initials shared by two words stand for the first (the words are the rule's own, listed by weight).
      if (!this.words.has(key)) this.words.set(key, word);
    }
  }

  get size(): number {
    return this.words.size;
  }

  /** Runs of initials glued to Han (on either side), with the word each stands for. */
  spellings(text: string): Spelling[] {
    if (!HAN.test(text)) return [];
    const out: Spelling[] = [];
    for (const m of text.matchAll(RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      if (/[a-z0-9]/i.test(before) || /[a-z0-9]/i.test(after)) continue;
      if (!HAN.test(before) && !HAN.test(after)) continue;
      const lower = m[0].toLowerCase();
      // One letter repeated (zzz, hhh) is a sound, not initials.
      if (!INITIAL.test(lower) || /^(.)\1+$/.test(lower)) continue;
      const word = this.words.get(lower);
      if (word) out.push({ start, end, text: word });
    }
    return out;
  }
}
