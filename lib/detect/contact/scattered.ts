/**
 * A phone number given in pieces, with words between them so that no piece looks like a phone:
 * "646. Then 555. Last four are 0 1 9 3", "前三位138，中间四位1234，后四位5678". Read only when the reply
 * says it is giving pieces (then, last four, ends in, 后四位…) and names a way to call or text; the pieces
 * (up to four digits each, spelled digits included) must make a valid number together.
 */
import type { DetectorHit } from '@/lib/detect/detector';
import type { Normalised } from '@/lib/detect/normalise';
import { isPhoneNumber } from './phone-verdict';

const PIECES =
  /\b(?:then|next|after that|followed by|last (?:four|4|three|3)|first (?:three|3|four|4)|ends? (?:in|with)|area code|middle)\b|前三位|中间四位|后四位|尾号|后面是|接着是|然后是|luego|después|depois|ensuite|lalu|kemudian|hujungnya|ujungnya|belakangnya|belakang|sau đó/i;
const CALL =
  /\b(?:call|text|phone|number|cell|mobile|whats ?app|wa|sms|tel|telegram|viber|line|zalo|llama|ligue|appelle[rz]?|hubungi|gọi|telepon|telpon|telp|hp|fone|telefone|tel[eé]fono|celular|sdt|số điện thoại)\b|电话|手机|号码|联系|微信|打给|เบอร์|โทร|телефон|هاتف|جوال/i;
const GROUP = /(?<!\d)\d(?:[ ]?\d){0,3}(?!\d)/g;
/** The most text between two pieces. */
const GAP = 40;

export function scatteredPhones(
  n: Normalised,
  markets: readonly string[],
  taken: readonly DetectorHit[],
): DetectorHit[] {
  if (!PIECES.test(n.text) || !CALL.test(n.text)) return [];
  const view = n.digits();
  // "前三位" counts places, not digits: a numeral before 位 is no piece.
  const groups = [...view.s.matchAll(GROUP)]
    .filter((m) => !/^[位个]/.test(view.s.slice(m.index + m[0].length)))
    .map((m) => ({
      from: m.index,
      to: m.index + m[0].length,
      digits: m[0].replace(/\D/g, ''),
    }));
  const hits: DetectorHit[] = [];
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    let cue = false;
    for (let j = i; j < groups.length && digits.length < 13; j++) {
      if (j > i) {
        const between = n.text.slice(view.end[groups[j - 1]!.to - 1]!, view.start[groups[j]!.from]!);
        if (between.length > GAP) break;
        cue ||= PIECES.test(between);
      }
      digits += groups[j]!.digits;
      if (j === i || !cue || digits.length < 10 || digits.length > 13) continue;
      const start = view.start[groups[i]!.from]!;
      const end = view.end[groups[j]!.to - 1]!;
      if (taken.some((h) => h.start < end && start < h.end)) break;
      if (!isPhoneNumber(digits, false, 'keyword', markets)) continue;
      hits.push({ start, end, replacement: '' });
      i = j;
      break;
    }
  }
  return hits;
}
