/**
 * Whether a digit run is a phone number, from how strongly its shape and context say so:
 * - `keyword`: a phone word before it (call, 电话, WhatsApp…): valid anywhere in the world will do;
 * - `shaped`: written as people write phones (groups split by blanks, dashes, dots or emoji; a trunk
 *   prefix 0; `+` or 00): valid in any of the world's common regions;
 * - `bare`: one unbroken run with no context: valid in the packs' markets *and* written as that country
 *   writes its numbers (528690173109 is a German landline only if written 05286…, so it is an item id),
 *   and 9 digits or more (7-8 digit local numbers need a phone word);
 * - `cut`: a prefix cut from a longer grouped run ("0845 2814032 16"): written in some common region's
 *   national format, since long ids in groups (8203 1947 5562 0318) hold prefixes that are merely valid.
 * Chinese mobiles (1[3-9] + 9 digits) always count.
 */
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';

export type Evidence = 'keyword' | 'shaped' | 'cut' | 'bare';
type Region = Parameters<typeof isValidPhoneNumber>[1];

const CN_MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;

/** Regions tried when the shape or a keyword says "phone": where sellers' buyers and agents are. */
export const WORLD: readonly string[] = (
  'CN HK MO TW SG MY TH ID VN PH KH MM JP KR IN PK BD LK AU NZ US CA MX BR AR CL CO PE ' +
  'GB IE DE FR ES PT IT NL BE CH AT PL CZ SE NO DK FI RU UA TR GR RO HU SA AE QA KW IL EG MA NG ZA KE'
).split(' ');

/** Valid in `region` and written in that region's national format (its trunk prefix where it has one). */
function nationallyWritten(digits: string, region: string): boolean {
  try {
    const parsed = parsePhoneNumber(digits, region as Region);
    return parsed.isValid() && parsed.formatNational().replace(/\D/g, '') === digits;
  } catch {
    return false;
  }
}

const verdicts = new Map<string, boolean>();

/** The verdict, cached: the content script re-lints the same text on every key. */
export function isPhoneNumber(
  digits: string,
  international: boolean,
  evidence: Evidence,
  markets: readonly string[],
): boolean {
  const key = `${international ? '+' : ''}${digits}|${evidence}|${markets.join(',')}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    if (verdicts.size > 1000) verdicts.clear();
    verdict = decide(digits, international, evidence, markets);
    verdicts.set(key, verdict);
  }
  return verdict;
}

function decide(
  digits: string,
  international: boolean,
  evidence: Evidence,
  markets: readonly string[],
): boolean {
  if (CN_MOBILE.test(digits)) return true;
  // isValidPhoneNumber parses without searching the input (the input is digits only): half the cost.
  if (international || digits.startsWith('00')) {
    const e164 = digits.replace(/^00/, '');
    // Mexican mobiles are still written with the 1 Mexico dropped in 2019: +52 1 55 1234 5678.
    return (
      isValidPhoneNumber(`+${e164}`) ||
      (/^521\d{10}$/.test(e164) && isValidPhoneNumber(`+52${e164.slice(3)}`))
    );
  }
  if (evidence === 'bare') {
    if (digits.length < 9) return false;
    return (markets.length > 0 ? markets : ['CN', 'US']).some((r) => nationallyWritten(digits, r));
  }
  if (evidence === 'cut') return WORLD.some((r) => nationallyWritten(digits, r));
  return WORLD.some((r) => isValidPhoneNumber(digits, r as Region));
}
