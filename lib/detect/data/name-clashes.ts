/**
 * Ordinary words that the misspelled-name reading (near-names.ts) would otherwise take for a name: each is
 * one edit from a name of six letters or more, or spells a short name with a letter repeated (Spanish ll
 * collapses to l: llamada ~ lazada), in a language the replies are written in (en, es, pt, fr, it). Found
 * by running the reading over word lists of those languages; add a word here when a reply shows another.
 */
export const NAME_CLASHES: ReadonlySet<string> = new Set<string>([
  // alibaba
  'alababa',
  'aliaba',
  'aligaba',
  'alijaba',
  'alisaba',
  'alizaba',
  'alobaba',
  'arribaba',
  'atibaba',
  // amazon
  'abazon',
  'amaron',
  'amazona',
  'amazonas',
  'amazone',
  'amazons',
  'amazzone',
  'armazon',
  // coupang
  'coupant',
  'couping',
  // dhgate
  'dogate',
  // discord
  'disaccord',
  'discard',
  'discoed',
  'discoid',
  'discorda',
  'discorde',
  'discordo',
  'discords',
  'distord',
  // facebook, messenger, telegram, wechat
  'facebooks',
  'messengers',
  'telegraf',
  'telegrama',
  'telegramas',
  'telegramma',
  'telegrams',
  'wecht',
  // lazada
  'lacada',
  'lanada',
  'lanzada',
  'larada',
  'latada',
  'lavada',
  'laxada',
  'layada',
  'lazaba',
  'lazad',
  'lazadas',
  'lazado',
  'lazara',
  'llagada',
  'llamada',
  'llanada',
  'llapada',
  // paypal, payoneer, revolut
  'palpal',
  'papal',
  'pyoner',
  'revalut',
  'revolt',
  'revolu',
  'revolus',
  'revolute',
  'revoluto',
  'revoulut',
  // shopee, zalo, zelle
  'shope',
  'shoppe',
  'zallo',
  'zele',
]);
