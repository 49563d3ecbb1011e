/** Top-level domains the disguised-address readers accept (a disguised link or address needs a real one). */
export const TLDS =
  'com|net|org|cn|io|co|me|info|biz|edu|gov|top|xyz|shop|store|vip|club|online|site|app|cc|tv|us|uk|my|sg|ph|th|vn|id|br|mx|tw|hk|jp|kr|de|fr|ru|in|au|ca|es|pt|ar|cl|pe|ve|ec|it|nl|pl|tr|be|ch|at|se|no|dk|fi|ie|nz|za|ae|sa|il|eg|pk|bd|lk|kh|mo|ee|gg|ly|bio|link|page|gl|gle|ai';

/**
 * "dot" said as a word in Latin script (en, es, pt, fr, de, id/ms), and written to slip past filters: in
 * leet (d0t) and by its sound (dawt, dott). The readers add the words of other scripts they know.
 */
export const DOT_WORDS = [
  'dot',
  'd0t',
  'dawt',
  'dott',
  'punto',
  'ponto',
  'point',
  'punkt',
  'punt',
  'titik',
  'kropka',
  'nokta',
];
/** Middle dots and bullets written for the dot (· ・ •; the half-width ･ reads as ・), as a regex class. */
export const MIDDLE_DOT = '[·・•]';

const ALL = new Set(TLDS.split('|'));
/** Country domains that are also short words ("a good point in general", "point me to it"). */
const WORD_COUNTRIES = new Set('in|it|at|no|my|be|us|id|me|co|se|de|es|do|so|to'.split('|'));

/**
 * Whether `host` ends in a real top-level domain. `weak` (a name spaced out with no www, "shopname . com",
 * or a dot said as "point", "punto"): a country that is no short word (vn, br, ru: "en este punto es
 * importante" is prose, "shop . com . br" is not), or a longer one that ends the phrase (`after`, the text
 * that follows, starts with no Latin letter or digit: "obrigado . com certeza", "thanks . shop now").
 */
export function realTld(host: string, weak = false, after = ''): boolean {
  const labels = host.split('.');
  const last = labels[labels.length - 1] ?? '';
  if (!ALL.has(last)) return false;
  if (!weak) return true;
  if (WORD_COUNTRIES.has(last)) return /^(?:com|co|net|org)$/.test(labels[labels.length - 2] ?? '');
  return last.length === 2 || !/^\s*[\p{Script=Latin}\d]/u.test(after);
}
