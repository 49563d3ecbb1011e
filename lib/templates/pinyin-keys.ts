/** Pinyin search keys of a title; computed by lib/templates/pinyin.ts where pinyin-pro is loaded. */
export interface PinyinKeys {
  full: string;
  initials: string;
}

export const NO_PINYIN: PinyinKeys = { full: '', initials: '' };
