/**
 * Which language a chat message is written in, among the buyers' languages ReplyGuard has templates for:
 * zh-Hans, zh-Hant, en, id, th, vi, pt. Script first (Han, Thai), then Vietnamese letters, then common
 * words. Undefined when the text says too little. Pure and small: it runs on every keystroke.
 */
import { simplifier } from '@/lib/detect/chars';

export const BUYER_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'id', 'th', 'vi', 'pt'] as const;
export type BuyerLanguage = (typeof BUYER_LANGUAGES)[number];

/** True for a character written only in traditional Chinese. */
const isTraditional = (ch: string): boolean => (simplifier().get(ch) ?? ch) !== ch;

/** Letters only Vietnamese uses among these languages (ă đ ơ ư and the dot-below / hook-above vowels). */
const VIETNAMESE = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ]/iu;
/** Letters Portuguese uses and the others here do not. */
const PORTUGUESE = /[ãõç]/iu;

/** Common chat words, lower case and without accents. A word may count for two languages. */
const WORDS: Record<'en' | 'id' | 'pt' | 'vi', string> = {
  en: 'the is my where when what why you your i it to and have has not please can do does did how will this for of yet still order item package parcel received arrive arrived hello hi thanks thank want need get got been was are there any',
  id: 'saya aku yang dan ini itu tidak tdk belum blm sudah sdh udah kapan mana dimana apa bisa barang pesanan kak kakak gan min dong ya ada dengan untuk paket sampai kirim dikirim di ke kok gak nggak ga tolong terima kasih mau minta kenapa berapa lama masih juga',
  pt: 'o os as meu minha nao e esta estou quando onde pedido produto chegou ainda obrigado obrigada por para com um uma voce de do da que tem qual como posso quero recebi entrega rastreio prazo foi ja muito',
  vi: 'toi cua khong ko chua da duoc don hang bao gio nao oi giao ban em anh chi la co nhe sao minh roi dau nhan tien hoan tra shop khi nay',
};
const VOCAB = Object.fromEntries(
  Object.entries(WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
) as Record<keyof typeof WORDS, Set<string>>;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** The language of `text`, or undefined when it is too short or unclear. */
export function detectLanguage(text: string): BuyerLanguage | undefined {
  let han = 0;
  let thai = 0;
  let latin = 0;
  let hant = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (isTraditional(ch)) hant++;
    } else if (/\p{Script=Thai}/u.test(ch)) thai++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  // A Chinese character counts for about three Latin letters (a word).
  if (han >= 2 && han * 3 >= latin) return hant > 0 ? 'zh-Hant' : 'zh-Hans';
  if (thai >= 2 && thai >= latin) return 'th';
  if (latin < 2) return undefined;
  if (VIETNAMESE.test(text)) return 'vi';
  const words = fold(text).match(/[a-z]+/g) ?? [];
  const score = { en: 0, id: 0, pt: PORTUGUESE.test(text) ? 2 : 0, vi: 0 };
  for (const word of words) {
    for (const lang of ['en', 'id', 'pt', 'vi'] as const) if (VOCAB[lang].has(word)) score[lang]++;
  }
  const ranked = (Object.entries(score) as Array<[keyof typeof score, number]>).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0 || best[1] === second?.[1]) return undefined;
  return best[0];
}

/** The primary language of a tag (`zh-Hant` → `zh`, `pt-BR` → `pt`). */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/** True when two tags name the same language (zh-Hans and zh-Hant count as one: Chinese). */
export const sameLanguage = (a: string, b: string): boolean => primaryLanguage(a) === primaryLanguage(b);

/** A language's name in the UI language (`th` → "Thai" / "泰语"), or the tag itself. */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale.replace('_', '-')], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
