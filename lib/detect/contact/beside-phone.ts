/**
 * A short alias of a phone-bound app (WhatsApp, Zalo, Telegram, LINE, Signal) next to a phone number names
 * the channel for that number, whatever the language around it: "WA 0812…", "wpp que eu te mando: 11 9…",
 * "Wtsp au 06 12…", "0857… (WA)", "na WA. Proszę napisać na +48…". The finding spans the alias; the phone
 * detector keeps the number. Guards: WA the US state (before a ZIP code, after "Seattle,", or a capitalised
 * city before a US-written number), W4 the London postcode, "wa" as a Japanese particle (bangou wa 090…).
 */

export interface Span {
  start: number;
  end: number;
}

/** Aliases that are no ordinary word: a few words may sit between them and the number. */
const LOOSE = new Set([
  'wa',
  'w a',
  'w4',
  'wpp',
  'wsp',
  'ws',
  'wts',
  'wtsp',
  'whats',
  'zap',
  'zl',
  'da lô',
  'tg',
]);
/** Aliases that are also words (a production line, a signal): only blanks or punctuation between. */
const TIGHT = new Set(['line', 'signal', 'tele', 'viber', '微', 'v', 'vx']);

/** What may sit between the alias and a number right next to it: blanks, punctuation, symbols, 同 (同微). */
const SEPARATORS = /^[\s:：=\-–—>()（）[\]【】/|,，\p{So}\p{Sk}同号]*$/u;
/** A few words between the alias and the number after it ("aja ya kak ke", "au", "que eu te mando:"). */
const FEW_WORDS = /^[^.!?。！？\n]{0,32}$/u;
/** Words after a number that the alias may follow: "0857 1122 3344 WA ya", "… (di WA)". */
const AFTER_NUMBER = /^[\s:：(（[【/|,，\-同]*(?:(?:di|ke|on|via|na|no|em|en|qua|sa)\s+)?$/iu;
/** A channel word before an alias that ends its sentence: "na WA.", "on WA!", "via WA." */
const CHANNEL_BEFORE =
  /(?:^|[^\p{L}])(?:na|on|via|di|ke|lewat|qua|por|pelo|no|em|au|sur|per|op|auf|über|uber|через|sa|thru)\s+$/iu;
/** A word that hands over the number, after an alias reached through a channel word: "über Signal unter +49…". */
const NUMBER_GAP =
  /^\s*(?:unter|at|on|al|au|under|pod|под|nummer|number|número|numero|no\.?|nr\.?|tel\.?)?\s*[:：]?\s*$/iu;

const ZIP_AFTER = /^[\s,]*\d{5}(?:-\d{4})?(?!\d)/;
const CITY_COMMA = /\b[A-Z][\p{L}.]+,\s*$/u;
const CAPITAL_BEFORE = /\b[A-Z][\p{L}]+\s+$/u;
const POSTCODE_AFTER = /^\s*\d[A-Z]{2}\b/;
const PARTICLE_BEFORE = /\b(?:bangou|bango|denwa|renrakusaki|namae|watashi|atashi|boku|kore|sore|are)\s+$/i;

/** A US-written number soon after: "Tacoma WA 253-555-0147", "Seattle WA, call (206) 555-0134". */
const US_NUMBER_AFTER = /^[^.!?\n\d]{0,16}(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)/;

/** Whether the alias `word` at [start, end) is something else here: a US state, a postcode, a particle. */
export function otherSense(text: string, word: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  if (word === 'wa' || word === 'w a') {
    if (ZIP_AFTER.test(after) || CITY_COMMA.test(before) || PARTICLE_BEFORE.test(before)) return true;
    return CAPITAL_BEFORE.test(before) && US_NUMBER_AFTER.test(after);
  }
  return word === 'w4' && POSTCODE_AFTER.test(after);
}

/** The phone that alias `word` at [start, end) names the channel for, if any. */
function phoneBeside(text: string, word: string, start: number, end: number, phones: readonly Span[]) {
  const loose = LOOSE.has(word);
  for (const p of phones) {
    if (p.start >= end) {
      const gap = text.slice(end, p.start);
      if (SEPARATORS.test(gap) || (loose && FEW_WORDS.test(gap) && gap.split(/\s+/).length <= 7)) return p;
      if (NUMBER_GAP.test(gap) && CHANNEL_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return p;
      // The alias ends its sentence after a channel word; the number comes in the next one.
      const cut = /^\s*[.!?。！？]\s*/.exec(gap);
      const rest = cut ? gap.slice(cut[0].length) : '';
      if (
        loose &&
        cut &&
        CHANNEL_BEFORE.test(text.slice(Math.max(0, start - 10), start)) &&
        FEW_WORDS.test(rest)
      )
        return p;
    } else if (p.end <= start) {
      if (start - p.end <= 12 && AFTER_NUMBER.test(text.slice(p.end, start))) return p;
    }
  }
  return undefined;
}

/** Whether alias `word` at [start, end) names the channel of one of `phones`. */
export function besidePhone(
  text: string,
  word: string,
  start: number,
  end: number,
  phones: readonly Span[],
): boolean {
  if (!LOOSE.has(word) && !TIGHT.has(word)) return false;
  return phoneBeside(text, word, start, end, phones) !== undefined;
}
