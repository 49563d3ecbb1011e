/**
 * Negation: whether a finding sits in a negated clause ("we never accept Western Union", "不用取消订单",
 * "please don't cancel"). Only rules that opt in (`negatable`) ask: a competitor named in a negated
 * sentence is still named. The cue must come before the finding in the same clause, within CLAUSE (80) units of
 * the base view (lower case, full width folded); clause punctuation and line breaks end the look-back.
 */
import { indexAt, type Normalised, normalise, unitsToString } from './normalise';
import { isCyrillic } from './number-words';

const CLAUSE = 80;
const BREAKS = new Set(Array.from('.。！？!?;；,，、\n\r:：—،؛؟', (c) => c.charCodeAt(0)));
const isThai = (u: number | undefined) => u !== undefined && u >= 0x0e00 && u <= 0x0e7f;
/** Thai separates clauses with a blank: a blank between Thai letters ends the look-back too. */
function clauseBreak(units: Uint16Array, i: number): boolean {
  return BREAKS.has(units[i]!) || (units[i] === 0x20 && isThai(units[i - 1]) && isThai(units[i + 1]));
}
/** Negation cues as written; matched in their normalised form (the base view drops Thai and Vietnamese marks). */
const CUES = {
  /** Anywhere: scripts without spaces between words. */
  inline: [
    '不要',
    '不用',
    '不必',
    '不需要',
    '没必要',
    '用不着',
    '无需',
    '无须',
    '请勿',
    '切勿',
    '禁止',
    '严禁',
    '勿',
    '从不',
    '从来不',
    '绝不',
    '决不',
    '不能',
    '不可以',
    '不接受',
    '不支持',
    '不会',
    '不搞',
    '不做',
    '不参与',
    '拒绝',
    'ไม่',
    'อย่า',
  ],
  /** As whole words. */
  words: [
    'never',
    'neither',
    'nor',
    "don't",
    'dont',
    'do not',
    'does not',
    "doesn't",
    'not',
    'no need to',
    'cannot',
    "can't",
    "won't",
    'nunca',
    'não',
    'no',
    'jangan',
    'tidak',
    'tak',
    'dilarang',
    'bukan',
    'không',
    'đừng',
    'huwag',
    'wag',
    'hindi',
    'wala',
    'walang',
    'gak usah',
    'ga usah',
    'nggak usah',
    'enggak usah',
    'tak usah',
    'tidak usah',
    'tidak perlu',
    'nggak perlu',
    'gak perlu',
    'ga perlu',
    'enggak perlu',
    'tak perlu',
    'nothing',
    'không cần',
    'não precisa',
    'nao precisa',
    'no hace falta',
    'no es necesario',
    'no tienes que',
    'no necesitas',
    'no need',
    // fr, de, it, ru, pl, tr
    'jamais',
    'ne',
    "n'",
    'non',
    'nicht',
    'niemals',
    'nie',
    'kein',
    'keine',
    'nigdy',
    'никогда',
    'не',
    'asla',
  ],
};
const FOLDED_NE = normalise('не').base.s;
const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const base = (word: string) => quote(normalise(word).base.s);
/** Cues whose normalised form starts ordinary words: อย่า (don't) loses its mark and reads as อยาก (want). */
const NOT_BEFORE: Record<string, string> = { อย่า: '(?!ก|ลม)', 不会: '(?!的话|用|弄|操作)' };
/**
 * "Don't forget", "don't hesitate" remind or invite, they refuse nothing: jangan lupa, no dudes, não deixe de,
 * 不要犹豫; Russian "не могли бы вы" (could you) asks.
 */
const FORGET = new RegExp(
  `^\\s*(?:to\\s+)?(?:${['forget', 'lupa', 'olvid', 'esqueç', 'esquec', 'quên', 'quen', '忘', 'hesitate', 'hesite', 'hésite', 'dude', 'duden', 'ragu', 'ngại', 'ngai', '犹豫', 'zöger', 'wahaj', 'стесняйтесь', 'стесняйся', 'deixe de', 'deixem de', 'dejes de', 'deje de', 'mag-atubili', 'ลังเล', 'могли бы', 'могли б'].map(base).join('|')})`,
);
/**
 * Conjunctions that start a clause of their own inside a sentence: so, but, nên, jadi, então, 所以…, and
 * the "then" after a condition: "nếu shipper gọi không được thì…", "不方便的话…".
 */
const NEW_CLAUSE = new RegExp(
  `(?<![a-z])(?:${['so', 'but', 'therefore', 'then', 'nên', 'nhưng', 'thì', 'jadi', 'makanya', 'tapi', 'maka', 'então', 'entonces', 'pero', 'mais', 'alors', 'aber', 'dann'].map(base).join('|')})(?![a-z])|${['所以', '但是', '可是', '不过', '的话', '那就', '那么'].map(base).join('|')}`,
  'g',
);
/** "Boleh tak cik cancel…", "bisa gak kakak batalin…": the not of a yes-or-no question. */
const NOT_TAG = new Set(['tak', 'tidak', 'gak', 'nggak', 'ga', 'enggak', 'ndak']);
const ASKS_BEFORE = /(?:^|[^a-z])(?:boleh|bisa|mau|dapat|sudi)\s+$/;
/** Words with an apostrophe match with the typographic one too (don’t). */
const withCurly = (words: string[]) =>
  words.flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, '’')] : [w]));
/** Arabic cues, as whole words (the conjunction و may be glued on): لا, لن, لم, ليس, أبدا, ممنوع. */
const ARABIC = ['لا', 'لن', 'لم', 'ليس', 'لسنا', 'أبدا', 'أبداً', 'ممنوع', 'يمنع'];
const ARABIC_LETTER = '\u0621-\u064a';
/** Chinese asks "A-not-A": 要不要 (want to?), 能不能 (can you?), 可不可以 are questions, not 不要, 不能, 不可以. */
const notQuestion = (cue: string) => (cue.startsWith('不') && cue.length > 1 ? `(?<!${base(cue[1]!)})` : '');
const CUE_ALL = new RegExp(
  `${CUES.inline.map((cue) => notQuestion(cue) + base(cue) + (NOT_BEFORE[cue] ?? '')).join('|')}|(?<![a-z])(?:${withCurly(CUES.words).map(base).join('|')})(?![a-z])|(?<![${ARABIC_LETTER}]|[${ARABIC_LETTER}]و)و?(?:${ARABIC.map(base).join('|')})(?![${ARABIC_LETTER}])`,
  'g',
);

/** CUE_ALL without its global flag (a global regex's `test` moves the `lastIndex` its `matchAll` copies start at). */
const CUE_ONE = new RegExp(CUE_ALL.source);

/** Whether original [start, end) holds a negation cue, or one comes before it in its clause ("we never accept…"). */
export function refusal(n: Normalised, start: number, end: number): boolean {
  const units = n.base.units!;
  const from = indexAt(n.base, start);
  const to = Math.max(from, indexAt(n.base, end));
  return CUE_ONE.test(unitsToString(units.subarray(from, to), to - from)) || negated(n, start);
}

/** Refusals after the thing refused, in its clause: "微信号我们这边不能加", "WhatsApp is not allowed here". */
const AFTER_CUES = new RegExp(
  `${['不能加', '加不了', '不可以加', '不能添加', '不能提供', '不能给', '不允许', '不被允许', '是禁止的'].map(base).join('|')}|(?<![a-z])(?:${['is not allowed', 'are not allowed', 'is not permitted', 'are not permitted', "isn't allowed", "aren't allowed", 'tidak dibenarkan', 'tak dibenarkan', 'tidak diperbolehkan', 'no está permitido', 'não é permitido'].map(base).join('|')})(?![a-z])`,
);

/** German and Dutch put "not" last in the clause: "stornieren Sie die Bestellung nicht". */
const CLAUSE_LAST_NOT = /(?<![a-z])(?:nicht|niet|niemals|nooit)\s*$/;

/** Whether a refusal follows original offset `end` in the same clause. */
export function refusedAfter(n: Normalised, end: number): boolean {
  const units = n.base.units!;
  const at = indexAt(n.base, end);
  let to = at;
  while (to < units.length && to - at < CLAUSE && !clauseBreak(units, to)) to++;
  if (to === at) return false;
  const rest = unitsToString(units.subarray(at, to), to - at);
  const clauseEnds = to === units.length || clauseBreak(units, to);
  return AFTER_CUES.test(rest) || (clauseEnds && CLAUSE_LAST_NOT.test(rest));
}

const COMMAS = new Set(Array.from(',，、،', (c) => c.charCodeAt(0)));
/**
 * The last item of a series opened by "or"/"nor" and not by a new subject: in "we never ask you to pay
 * outside, text you, or move the chat to WhatsApp" the negation reaches across the commas to WhatsApp;
 * "…, or you can WhatsApp us" starts a clause of its own.
 */
const SERIES_WORDS = [
  'or',
  'nor',
  'oder',
  'lub',
  'veya',
  'или',
  'ou',
  'o',
  'ni',
  'nem',
  'atau',
  'hoặc',
  'hay',
  '或',
  '或者',
  '也不',
];
const SERIES_TAIL = new RegExp(
  `^\\s*(?:${SERIES_WORDS.map(base).join('|')})(?![a-z])\\s*(?!\\s|(?:you|we|i|they|he|she|it|u|ya|me|my|mi|us|please|pls|just|feel|contact|message|text|call|chat|reach|add|dm|hit|ping|find|follow|search|join|whatsapp|wa|telegram|zalo|viber|line|wechat)(?![a-z]))`,
);

/** A series word inside a list's last item, and a subject that would start a clause of its own. */
const INNER_OR = new RegExp(
  `\\s(?:${SERIES_WORDS.filter((w) => /^[a-zа-я]/.test(w) && w !== 'o')
    .map(base)
    .join('|')})\\s`,
);
const NEW_SUBJECT = /(?:^|\s)(?:you|we|i|they|he|she|sie|wir|ich|du)\s/;

/**
 * Where the series holding clause [from, …) starts: up to two commas further back, within its sentence.
 * Spanish "o" (or) is Portuguese "o" (the): "…, o ideal é…" opens no series in a Portuguese reply.
 */
function seriesStart(n: Normalised, from: number, at: number): number {
  const units = n.base.units!;
  if (from === 0 || !COMMAS.has(units[from - 1]!)) return from;
  const to = Math.min(units.length, at + 30);
  const clause = unitsToString(units.subarray(from, to), to - from);
  // The "or" may sit inside the last item ("niemals nach PayPal, Überweisung oder Kontakt über WhatsApp"),
  // or come after the finding, a middle item ("never by bank transfer, Western Union or gift card").
  const inner = INNER_OR.exec(clause);
  const tail =
    SERIES_TAIL.exec(clause) ??
    (inner &&
    (inner.index < 40 || inner.index >= at - from) &&
    !NEW_SUBJECT.test(clause.slice(0, inner.index))
      ? SERIES_TAIL.exec(clause.slice(inner.index))
      : null);
  if (!tail || (tail[0].trim() === 'o' && portuguese(n, at))) return from;
  let start = from;
  for (let commas = 0; commas < 3 && start > 0 && COMMAS.has(units[start - 1]!); commas++) {
    let i = start - 1;
    while (i > 0 && at - i < 2 * CLAUSE && !clauseBreak(units, i - 1)) i--;
    start = i;
  }
  return start;
}

const NO_THE = new RegExp(
  `^\\s*(?:(?:${['nosso', 'nossa', 'meu', 'minha', 'seu', 'sua'].map(base).join('|')})\\s*)?$`,
);
/** Portuguese words around a finding: "R$ 50 no Pix direto comigo" is "in the" Pix, not "no Pix". */
const PORTUGUESE = new RegExp(
  `(?<![a-z])(?:${['você', 'vc', 'pra', 'direto', 'comigo', 'mim', 'nosso', 'nossa', 'fazer', 'faz', 'chave', 'também', 'obrigado', 'obrigada'].map(base).join('|')})(?![a-z])`,
);
function portuguese(n: Normalised, at: number): boolean {
  const units = n.base.units!;
  const from = Math.max(0, at - 60);
  const to = Math.min(units.length, at + 60);
  return PORTUGUESE.test(unitsToString(units.subarray(from, to), to - from));
}

/**
 * Whether a negation cue comes before original offset `start` in the same clause (and after `floor`, when
 * given). For a name (`noun`: an app), "no" right before it is Portuguese "in the" ("chama no WhatsApp").
 */
export function negated(n: Normalised, start: number, noun = false, floor?: number): boolean {
  const units = n.base.units!;
  const at = indexAt(n.base, start);
  let from = at;
  while (from > 0 && at - from < CLAUSE && !clauseBreak(units, from - 1)) from--;
  from = seriesStart(n, from, at);
  // Between a pair's two words only: "好评…我们不会…返现", not the pair's own "we don't ship".
  if (floor !== undefined) from = Math.max(from, indexAt(n.base, floor));
  if (from === at) return false;
  // A bare 不 right before a verb phrase negates it: 不刷单 (we do no fake orders).
  if (units[at - 1] === 0x4e0d) return true;
  const whole = unitsToString(units.subarray(from, at), at - from);
  // "…không cho đổi trực tiếp nên anh nhắn Zalo": so, but, nên, 所以… start a clause of their own.
  let cut = 0;
  for (const m of whole.matchAll(NEW_CLAUSE)) cut = m.index + m[0].length;
  const clause = whole.slice(cut);
  from += cut;
  const reach = Math.min(units.length, at + 16);
  const ahead = unitsToString(units.subarray(from, reach), reach - from);
  for (const m of clause.matchAll(CUE_ALL)) {
    // Portuguese "no" is "in the": "chama no WhatsApp" is no negation of WhatsApp.
    // …also before "our", "my" (no nosso insta, no meu zap).
    const rest = clause.slice(m.index + 2);
    if (m[0] === 'no' && NO_THE.test(rest) && (noun || portuguese(n, at))) continue;
    // Read past the finding's start: "Не могли бы вы отменить…" is a finding that starts at могли.
    if (FORGET.test(ahead.slice(m.index + m[0].length))) continue;
    // Malay and Indonesian ask "can or not": boleh tak, bisa gak, mau tidak are questions, not refusals.
    if (NOT_TAG.has(m[0]) && ASKS_BEFORE.test(clause.slice(0, m.index))) continue;
    // Russian не folds to "he" in the base view: only Cyrillic letters in the reply make it a cue.
    if (m[0] === FOLDED_NE && !isCyrillic(n.text.charCodeAt(n.base.start[from + m.index]!))) continue;
    return true;
  }
  return false;
}
