/**
 * Number words of more languages, as data for number-words.ts: Polish, Czech, Ukrainian, German, Arabic and the
 * Spanish numbers Filipinos write in Tagalog spelling. Each entry: [kind, value, words]. Latin words are written
 * as typed (marks are folded when the table is built); Czech words that are English words once folded (pět →
 * pet) are in `EXACT` only, matched with their marks.
 */

export type Kind =
  | 'unit'
  | 'teen'
  | 'tens'
  | 'hundred'
  | 'hundreds'
  | 'repeat'
  | 'and'
  | 'puluh'
  | 'belas'
  | 'muoi'
  | 'vingt'
  | 'sta';
export type Entry = [Kind, number, string];

const series = (kind: Kind, first: number, step: number, words: string): Entry[] =>
  words.split(' ').map((w, i) => [kind, first + step * i, w.replace(/_/g, ' ')]);

/** Polish: jeden … dziewięć, dziesięć … dziewiętnaście, dwadzieścia … dziewięćdziesiąt, sto … dziewięćset. */
const POLISH: Entry[] = [
  ['unit', 0, 'zero'],
  ['unit', 1, 'jeden jedna'],
  ['unit', 2, 'dwa dwie'],
  ...series('unit', 3, 1, 'trzy cztery pięć sześć siedem osiem dziewięć'),
  ...series(
    'teen',
    10,
    1,
    'dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście',
  ),
  ...series(
    'tens',
    20,
    10,
    'dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt',
  ),
  ...series(
    'hundreds',
    1,
    1,
    'sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset',
  ),
];

/** Czech, without the words that fold into English ones (those are in EXACT). */
const CZECH: Entry[] = [
  ['unit', 0, 'nula'],
  ['unit', 1, 'jedna jeden'],
  ['unit', 2, 'dva dvě'],
  ...series('unit', 3, 1, 'tři čtyři'),
  ...series('unit', 6, 1, 'šest sedm osm devět'),
  ...series(
    'teen',
    10,
    1,
    'deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct',
  ),
  ...series('tens', 20, 10, 'dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát'),
  // "dvě stě", "tři sta", "pět set": the hundreds word after its unit; the value is the least unit it follows.
  ['sta', 2, 'stě'],
  ['sta', 3, 'sta'],
  ['sta', 5, 'set'],
];
/** Matched as written (marks kept): folded, they are English words. */
export const EXACT: Entry[] = [['unit', 5, 'pět']];

/** Ukrainian (apostrophes inside words: п'ять). Russian is in number-words.ts. */
export const UKRAINIAN: Entry[] = [
  ['unit', 0, 'нуль'],
  ['unit', 2, 'дві'],
  ...series('unit', 4, 1, "чотири п'ять шість сім вісім дев'ять"),
  ...series(
    'teen',
    11,
    1,
    "одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять",
  ),
  ...series('teen', 10, 0, 'десять'),
  ...series('tens', 20, 10, "двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто"),
  ...series('hundreds', 2, 1, "двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот"),
];

/** German: units and teens, tens; compounds (einundzwanzig, dreihundert) are read by number-words.ts. */
const GERMAN: Entry[] = [
  ...series('teen', 10, 1, 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'),
  ...series('tens', 20, 10, 'zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'),
  ['tens', 30, 'dreissig'],
  ['tens', 50, 'fuenfzig'],
  ['teen', 15, 'fuenfzehn'],
  ['teen', 12, 'zwoelf'],
];
/** Dutch teens and tens (units are in number-words' own table). */
const DUTCH: Entry[] = [
  // Not tien (10): Vietnamese tiền (money) folds to it.
  ...series('teen', 11, 1, 'elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'),
  ...series('tens', 20, 10, 'twintig dertig veertig vijftig zestig zeventig tachtig negentig'),
];

/**
 * Compounds of a unit, a joiner and tens, or a unit and hundred, written as one word: German
 * ein-und-zwanzig, drei-hundert; Dutch vier-en-dertig, twee-ën-twintig, vijf-honderd. Units in value order.
 */
export const COMPOUNDS: { units: string[]; and: string; hundred: string }[] = [
  { units: 'ein zwei drei vier fünf sechs sieben acht neun'.split(' '), and: 'und', hundred: 'hundert' },
  { units: 'ein zwei drei vier fuenf sechs sieben acht neun'.split(' '), and: 'und', hundred: 'hundert' },
  { units: 'een twee drie vier vijf zes zeven acht negen'.split(' '), and: 'en', hundred: 'honderd' },
];

/** Spanish numbers in Tagalog spelling (singko, otso, nuwebe) and English ones Filipinos mix in. */
const FILIPINO: Entry[] = [
  ['unit', 0, 'sero'],
  ['unit', 4, 'kuwatro kwatro'],
  ['unit', 5, 'singko sinko'],
  ['unit', 6, 'sais'],
  ['unit', 7, 'siyete syete'],
  ['unit', 8, 'otso'],
  ['unit', 9, 'nuwebe nwebe'],
  ['teen', 10, 'diyes dyis'],
];

/** Arabic digit words (ة written ه too, with or without hamza); the conjunction و glued on is read as well. */
export const ARABIC: Entry[] = [
  ['unit', 0, 'صفر'],
  ['unit', 1, 'واحد واحده واحدة'],
  ['unit', 2, 'اثنان اثنين إثنين اتنين اثنا'],
  ['unit', 3, 'ثلاثة ثلاثه ثلاث تلاتة تلاته'],
  ['unit', 4, 'أربعة اربعة أربعه اربعه أربع اربع'],
  ['unit', 5, 'خمسة خمسه خمس'],
  ['unit', 6, 'ستة سته'],
  ['unit', 7, 'سبعة سبعه سبع'],
  ['unit', 8, 'ثمانية ثمانيه ثماني ثمان تمانية تمانيه'],
  ['unit', 9, 'تسعة تسعه تسع'],
];

/** Latin-script entries, declared with the folded tables. */
export const LATIN: Entry[] = [...POLISH, ...CZECH, ...GERMAN, ...DUTCH, ...FILIPINO];
