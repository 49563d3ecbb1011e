/**
 * Contact intent as a grammar of three parts: a contact verb, an app (by name, alias, slang or sound) and a
 * handle. A plainly named app fires alone; otherwise any two parts within a short window fire (加薇号sfxk58,
 * 留个V, q：867056058, 12554971+企鹅, 你扣多少我加你, 飞机：kyty660, 找@biao68). The span runs from the first
 * part to the last (contract 2: `微信：abc_123` is one span).
 * Word sense: verbs that are also word pieces must touch the app or the handle (加急, 留言, 找到 never fire);
 * tokens inside an allow-list word are dropped (微笑, 扣子); an app followed by a payment word is a payment
 * channel, not a contact (微信支付, 微信余额).
 */
import type { DetectorHit } from '@/lib/detect/detector';
import type { Normalised } from '@/lib/detect/normalise';
import { sentenceAt } from '@/lib/detect/sentence';
import {
  APP_ONLY_VERBS,
  PAY_AFTER,
  type Part,
  STRICT_ALIASES,
  TOUCHING_VERBS,
  VERBS_AFTER_APP,
  WORD_BEFORE_ADD,
} from './apps';
import { besidePhone, otherSense, type Span } from './beside-phone';
import { emailSpans } from './email';
import { closes, notApp, objectAfter, ownerAround, quotedAfter, searchAfter, searchOnBefore } from './frames';
import { type Handle, handleAfter, isStrongHandle, numberBefore, pointedHandle } from './handle';
import { insideAny, printedIds } from './printed-ids';
import { withQr } from './qr';
import { realTld } from './tlds';

export interface Token {
  part: Part;
  start: number;
  end: number;
  /** The word as declared (lower case), or '' for an app found by sound. */
  word: string;
}

/** Verbs that may come after the app ("你扣多少，我加你"): they name a person, so they are about contact. */
const PERSON_VERBS = new Set([
  '加你',
  '加我',
  '联系我',
  '找我',
  '私我',
  'add me',
  'text me',
  'dm me',
  'message me',
  'contact me',
  'hit me up',
  'hmu',
  'ping me',
  'inbox me',
  ...VERBS_AFTER_APP,
]);
/**
 * What may sit between a verb and its app: 加个v, 加我 微信, add me on WhatsApp, búscanos en Face, pm mo
 * kami sa FB, แอดมาที่ไลน์.
 */
const VERB_GAP =
  /^[\s:：,，的个下一我]*(?:\b(?:us|me|kami|ako|namin|po|our|my)\b[\s,]*)?(?:\b(?:on|via|at|in|en|no|na|em|di|sur|auf|su|por|pelo|pela|sa|al|ao|ke|lewat|qua|thru|through|group|grup)\b|ทาง|ที่|มาที่|มาทาง)?[\s:：]*$/;
/**
 * Words after an app that stand for its handle: asking for it ("v多少", not 多少钱), naming the account
 * (秋秋号, 薇号, q群, 赖ID), "same number as my phone" (vvv同号) or its QR code (LINE QR, line的二维码).
 */
const HANDLE_WORD =
  /^\p{M}*\s*(?:(?:号|号码)?(?:是)?多少(?![钱元块件个只天次运邮])|号码?|账号|帐号|群号?|同号|同手机|同电话|搜(?:我的)?(?:手机号?|电话|号码)|频道|主页|专页|groups?\b|channel\b|grup\b|nhóm\b|id(?![a-z])|ไอดี|(?:の|的)?\s*(?:qr\s*(?:code|コード)?|二维码|二維碼|คิวอาร์))/iu;
/** After a number: a quantity or an id, not a handle (12345件, 123456789这款). */
const NOT_HANDLE_AFTER =
  /^\s?(?:元|块|件|个|只|套|单|次|天|年|月|日|%|cm|mm|kg|ml|pcs|这个|这款|那款|商品|宝贝|链接|款|的商品|就是)/;
const ZIP = /^\d{5}(?:[\s-]\d{4})?$/;
/** Sentence ends: parts of one contact never sit across them. */
const SENTENCE_END = /[。！？!?\n]/;
/** Sizes written as H x W x D: 31.5 in W x 11.6 in D, 20cm W × 30cm H. */
const DIMENSION = /\d\s*(?:in|cm|mm|"|”|inch(?:es)?)?\s*[hwdl]\s*[x×]\s*\d/i;
/** How far (UTF-16 units) a verb after the app may be. */
const WINDOW = 8;
/** An @handle, the @ maybe set off by one blank ("@ luna.and.pine": a blank to slip past filters). */
const STANDALONE_AT = /(?<![a-z0-9_.@])@ ?([a-z][a-z0-9_.]{2,29})/giu;
/** Repeated v glued to an id with a digit: VVVkeycap_73431 (no English word starts with vv). */
const VV_GLUED = /(?<![a-z])v{2,}(?=[a-z0-9_]*\d)[a-z0-9_]{4,}/giu;
const NOT_HANDLE_AT = new Set(['everyone', 'here', 'all', 'channel', 'admin']);
/** A sentence that puts a bare @handle on TikTok, where accounts are named by @ ("same account @x, here on TikTok"). */
const ON_TIKTOK = /\b(?:on|in|here on) tiktok\b|\btiktok (?:account|shop|live)\b|抖音|ติ๊กต็อก/i;

/** A name ending in a common top-level domain is a link (@shop.com), left to the url detector. */
function domainLike(name: string): boolean {
  const last = /\.([a-z]{2,})$/i.exec(name)?.[1]?.toLowerCase();
  return last !== undefined && realTld(`x.${last}`);
}

/** The sentence holding text[at]. */
function sentenceOf(text: string, at: number): string {
  const [from, to] = sentenceAt(text, at, at);
  return text.slice(from, to);
}

function gapText(text: string, from: number, to: number): string {
  return from <= to ? text.slice(from, to) : '';
}

function numberOk(n: Normalised, h: Handle): boolean {
  return !(h.numeric && NOT_HANDLE_AFTER.test(n.text.slice(h.end, h.end + 4).toLowerCase()));
}

/**
 * Whether app `a` stands alone as its own phrase: a blank, punctuation or the text's edge on each side; a
 * Latin phrase ends at punctuation or the text's edge ("on the purple app.", not "our purple app icon").
 */
function isolated(text: string, a: Token): boolean {
  const edge = (ch: string | undefined) => ch === undefined || /[\s\p{P}]/u.test(ch);
  if (/^[a-z]/.test(a.word)) {
    const channel = /\b(?:on|in|via|through|thru|sa|di|no|na|en|em)\s+(?:the\s+|our\s+|my\s+)?$/i;
    if (
      !channel.test(text.slice(Math.max(0, a.start - 16), a.start)) &&
      !/^\s*(?:$|[\p{P}\p{So}])/u.test(text.slice(a.end, a.end + 3))
    )
      return false;
  }
  return edge(text[a.start - 1]) && edge(text[a.end]);
}

/** Drops tokens nested in a longer one, inside an e-mail or an allow-list word, and units (3.7V). */
function usable(n: Normalised, tokens: Token[], allow: readonly (readonly [number, number])[]): Token[] {
  const emails = emailSpans(n).map(([a, b]) => [n.base.start[a]!, n.base.end[b - 1]!] as const);
  const out: Token[] = [];
  const text = n.text;
  const ids = printedIds(text);
  for (const t of tokens) {
    if (insideAny(ids, t.start, t.end)) continue;
    if (out.some((o) => o.start <= t.start && t.end <= o.end)) continue;
    if (emails.some(([a, b]) => a <= t.start && t.end <= b)) continue;
    if (allow.some(([a, b]) => a <= t.start && t.end <= b)) continue;
    if (t.part !== 'verb' && notApp(text, t.word, t.start, t.end)) continue;
    if (t.part !== 'verb' && otherSense(text, t.word, t.start, t.end)) continue;
    // A single-letter alias after a number is a unit: 3.7V, 220v.
    if (t.end - t.start === 1 && /[\d.]/.test(text[t.start - 1] ?? '')) continue;
    // facebook.com/x, line.me/…: a domain, left to the url detector.
    if (/^\.[a-z]{2,}/i.test(text.slice(t.end, t.end + 4)) && !/\.me$/.test(t.word)) continue;
    out.push(t);
  }
  return out;
}

/** The verb right before app `a`, if it is joined to it. */
function verbBefore(text: string, list: Token[], i: number): Token | undefined {
  const a = list[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const v = list[j]!;
    if (v.end > a.start) continue;
    if (v.part !== 'verb') return undefined;
    const gap = gapText(text, v.end, a.start);
    if (TOUCHING_VERBS.has(v.word)) {
      if (!/^[个我下一]?$/.test(gap)) return undefined;
      if (v.word === '加' && WORD_BEFORE_ADD.test(text[v.start - 1] ?? '')) return undefined;
      return v;
    }
    return gap.length <= 12 && VERB_GAP.test(gap) ? v : undefined;
  }
  return undefined;
}

/** A verb naming a person after app `a`, within the window and the same sentence. */
function verbAfter(text: string, list: Token[], i: number, from: number): Token | undefined {
  for (let j = i + 1; j < list.length; j++) {
    const v = list[j]!;
    if (v.start - from > WINDOW) return undefined;
    if (v.part !== 'verb' || !PERSON_VERBS.has(v.word)) continue;
    return SENTENCE_END.test(gapText(text, from, v.start)) ? undefined : v;
  }
  return undefined;
}

function plusBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i > 0 && '+＋➕'.includes(text[i - 1]!) ? i - 1 : -1;
}

/** The handle after app `a`, unless what follows is another app ("微-信 w.e.c.h.a.t" is two names). */
function appHandle(n: Normalised, list: Token[], a: Token): Handle | undefined {
  const h = handleAfter(n, a.end) ?? pointedHandle(n, a.end);
  if (!h || !numberOk(n, h)) return undefined;
  if (list.some((o) => o !== a && o.part !== 'verb' && o.start === h.start)) return undefined;
  return h;
}

/** Whether handle `h` is enough to complete weak app `a` on its own. */
function completes(a: Token, h: Handle): boolean {
  const digits = h.handle.replace(/\D/g, '').length;
  if (STRICT_ALIASES.has(a.word)) return digits >= 5 || (digits > 0 && h.handle.length >= 4) || h.at;
  // A bare number after a weak name must look like a phone or an account, not a ZIP code (WA 98101-1234).
  if (h.numeric) return (digits >= 8 && !ZIP.test(h.handle)) || (h.explicit && digits >= 5);
  // A made-up name: a digit, _ or a dot inside (cozy.room).
  return h.explicit || /[\d_.]/.test(h.handle);
}

/** contact.im hits from the grammar's tokens (sorted by start). */
export function contactHits(
  n: Normalised,
  tokens: Token[],
  allow: readonly (readonly [number, number])[] = [],
  phones: readonly Span[] = [],
): DetectorHit[] {
  const text = n.text;
  const list = usable(n, tokens, allow);
  const hits: DetectorHit[] = [];
  const used = new Set<Token>();
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.part === 'verb' || used.has(a)) continue;
    if (PAY_AFTER.test(text.slice(a.end, a.end + 12))) continue;
    // A letter of a size: "31.5 in W x 11.6 in D" (wx with its blank dropped).
    if (DIMENSION.test(text.slice(Math.max(0, a.start - 10), a.end + 6))) continue;
    const h = appHandle(n, list, a);
    // A Latin alias glued to a short number is a model code (VX-200, WX3), not an app.
    const glued = /^[a-z]/i.test(text[a.start] ?? '') && /^[-_]?\d/.test(text.slice(a.end, a.end + 2));
    if (glued && (!h || h.handle.replace(/\D/g, '').length < 7)) continue;
    let v = verbBefore(text, list, i);
    let plus = plusBefore(text, v ? v.start : a.start);
    // "add face mask", "+ face cream": after add, + or search a weak Latin name must end its phrase.
    if (a.part !== 'strong' && /^[a-z]/.test(a.word) && !h && !closes(text, a.end)) {
      if (v && (APP_ONLY_VERBS.has(v.word) || v.word.startsWith('+'))) v = undefined;
      plus = -1;
    }
    const before = plus >= 0 ? numberBefore(n, plus + 1) : undefined;
    let start = v ? v.start : plus >= 0 ? plus : a.start;
    if (before) start = before.start;
    let fire = false;
    let end = a.end;
    // The app's QR code stands for its handle ("LINEのQRコード", "mã QR Zalo").
    const qr = withQr(n, a.start, a.end);
    if (h && (a.part === 'strong' || completes(a, h) || ((v || plus >= 0) && isStrongHandle(h)))) {
      fire = true;
      end = h.end;
    } else if (qr) {
      fire = true;
      start = Math.min(start, qr[0]);
      end = qr[1];
    } else if (a.part === 'strong') fire = true;
    else if (v || plus >= 0 || before) fire = true;
    else if (HANDLE_WORD.test(text.slice(a.end, a.end + 10))) {
      fire = true;
      end = a.end + HANDLE_WORD.exec(text.slice(a.end, a.end + 10))![0].length;
      // The account word may come with the handle: "tele group: @cards88", "群号 872309419".
      const then = handleAfter(n, end);
      if (then && numberOk(n, then) && isStrongHandle(then)) end = then.end;
    } else if (a.part === 'slang' && isolated(text, a)) fire = true;
    else if (objectAfter(text, a.word, a.end)) {
      // The app as a verb: "WS sy", "Signal me, username dhmaster.07" ("signal me when…" needs the handle).
      const then = handleAfter(n, a.end + objectAfter(text, a.word, a.end));
      const named = then && numberOk(n, then) && (then.explicit || isStrongHandle(then));
      fire = named || a.word !== 'signal';
      end = named ? then.end : a.end + objectAfter(text, a.word, a.end);
    } else if (ownerAround(text, a.word, a.start, a.end)) {
      // The shop's own account: "our IG", "IG namin", "ke WA kita".
      fire = true;
      end = ownerAround(text, a.word, a.start, a.end);
    } else if (searchAfter(text, a.word, a.end)) {
      fire = true;
      end = a.end + searchAfter(text, a.word, a.end);
    } else if (searchOnBefore(text, a.start) >= 0) {
      fire = true;
      start = searchOnBefore(text, a.start);
    } else {
      const after = verbAfter(text, list, i, a.end);
      if (after) {
        fire = true;
        end = after.end;
        used.add(after);
      }
    }
    if (!fire && quotedAfter(text, a.end)) fire = true;
    // A short alias next to a phone number names its channel ("WA 0812…", "0857… (WA)"): the alias alone.
    if (!fire && besidePhone(text, a.word, a.start, a.end, phones)) {
      fire = true;
      start = a.start;
    }
    if (!fire) continue;
    // A quoted name is the handle: 公众号"居家好物社".
    if (end === a.end) end += quotedAfter(text, a.end);
    if (v) used.add(v);
    hits.push({ start, end });
  }
  // A verb with a handle and no app: 加 abc123, 找我 13800000000, 搜 shop_88.
  for (const v of list) {
    if (v.part !== 'verb' || used.has(v)) continue;
    if (v.word === '加' && WORD_BEFORE_ADD.test(text[v.start - 1] ?? '')) continue;
    if (APP_ONLY_VERBS.has(v.word)) continue;
    const h = handleAfter(n, v.end);
    if (!h || !numberOk(n, h) || !isStrongHandle(h)) continue;
    if (TOUCHING_VERBS.has(v.word) && !/^[\s:：]*$/.test(gapText(text, v.end, h.start))) continue;
    hits.push({ start: v.start, end: h.end });
  }
  for (const m of text.matchAll(VV_GLUED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!hits.some((h) => h.start <= start && end <= h.end)) hits.push({ start, end });
  }
  // An @handle on its own is an account on some app (an e-mail has a name before its @).
  for (const m of text.matchAll(STANDALONE_AT)) {
    const name = m[1]!.replace(/[._]+$/, '');
    if (NOT_HANDLE_AT.has(name.toLowerCase()) || domainLike(name)) continue;
    const spaced = m[0][1] === ' ';
    // Set off by a blank, it must look made up: "@ luna.and.pine", not "I'll @ you" or "10 pcs @ 2 each".
    if (spaced ? !/[\d_.]/.test(name) || /^\d/.test(name) : !/[\d_]/.test(name) && name.length < 5) continue;
    if (ON_TIKTOK.test(sentenceOf(text, m.index))) continue;
    const start = m.index;
    const end = m.index + m[0].length - (m[1]!.length - name.length);
    if (hits.some((h) => h.start <= start && end <= h.end)) continue;
    hits.push({ start, end });
  }
  return hits;
}
