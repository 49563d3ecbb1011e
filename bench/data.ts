/**
 * Deterministic benchmark data: a term list mixing CJK and Latin words (some nested in others, so matches
 * overlap) and long replies built from filler with terms planted at a realistic rate.
 */
import { seeded } from './harness';

const CJK =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实量都两体制机当使点从业本去把性好应开它合还因由其些然前外天形相全表间样与关各重新内数正心反你明看原又么利比或但质气向道命此变条只没结解问意建月公无系军很情者立代想已通并提直题程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严飞';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

export interface BenchData {
  terms: string[];
  replies: string[];
}

/** `count` distinct terms: ~55% CJK (2-4 characters), ~45% Latin words (4-9 letters), ~10% nested. */
export function makeTerms(count: number, seed = 1): string[] {
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const cjk = (n: number) => Array.from({ length: n }, () => CJK[int(0, CJK.length - 1)]).join('');
  const latin = (n: number) => Array.from({ length: n }, () => LATIN[int(0, 25)]).join('');
  const terms = new Set<string>();
  const list: string[] = [];
  while (list.length < count) {
    let term: string;
    const roll = random();
    if (roll < 0.1 && list.length > 0) {
      // Nested: a CJK term extended by one character, or a Latin term's compound.
      const base = list[int(0, list.length - 1)]!;
      term = /^[a-z]/.test(base)
        ? `${base} ${latin(int(4, 7))}`
        : random() < 0.5
          ? base + cjk(1)
          : cjk(1) + base;
    } else if (roll < 0.6) term = cjk(int(2, 4));
    else term = latin(int(4, 9));
    if (!terms.has(term)) {
      terms.add(term);
      list.push(term);
    }
  }
  return list;
}

/** `count` replies of about `length` characters; each token is a planted term with probability `hitRate`. */
export function makeReplies(
  terms: string[],
  count: number,
  length: number,
  hitRate = 0.04,
  seed = 2,
): string[] {
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const replies: string[] = [];
  for (let r = 0; r < count; r++) {
    let text = '';
    while (text.length < length) {
      const roll = random();
      if (roll < hitRate) text += `${terms[int(0, terms.length - 1)]} `;
      else if (roll < 0.55)
        text += Array.from({ length: int(3, 14) }, () => CJK[int(0, CJK.length - 1)]).join('');
      else if (roll < 0.9) text += `${Array.from({ length: int(2, 9) }, () => LATIN[int(0, 25)]).join('')} `;
      else if (roll < 0.95) text += `${int(1, 9999)} `;
      else text += pickPunct(random);
    }
    replies.push(text.slice(0, length));
  }
  return replies;
}

function pickPunct(random: () => number): string {
  const marks = ['，', '。', '！', ', ', '. ', '? ', '：'];
  return marks[Math.floor(random() * marks.length)]!;
}

/**
 * Literal occurrences of the terms in a text (overlapping ones included; Latin edges on word boundaries):
 * the ground truth the matchers are compared with.
 */
export function literalOccurrences(text: string, terms: Set<string>, maxLength: number): string[] {
  const found: string[] = [];
  const isWord = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);
  for (let i = 0; i < text.length; i++) {
    for (let len = 2; len <= maxLength && i + len <= text.length; len++) {
      const piece = text.slice(i, i + len);
      if (!terms.has(piece)) continue;
      if (isWord(piece[0]) && isWord(text[i - 1])) continue;
      if (isWord(piece[len - 1]) && isWord(text[i + len])) continue;
      found.push(piece);
    }
  }
  return found;
}
