/**
 * contact.phone: digit runs in the digits view (CJK numerals and spelled digits already ASCII), spaced
 * by blanks, dashes, dots, slashes or parentheses, validated with libphonenumber-js (full metadata) for
 * the pack's markets, plus Chinese mobiles. Not phones (contract 2): order ids, tracking numbers, prices,
 * sizes, dates, times, quantities; decided from the run's shape and the words around it.
 */
import { isWs } from '@/lib/detect/blanks';
import type { Detector, DetectorHit } from '@/lib/detect/detector';
import { digitChains, type Normalised, normalise, toDigits, type View } from '@/lib/detect/normalise';
import { type Evidence, isPhoneNumber } from './phone-verdict';
import { insideAny, printedIds } from './printed-ids';
import { scatteredPhones } from './scattered';
import { vanityNumbers } from './vanity';

const RUN =
  /(?:\+|＋)?[ \t]?\(?\d(?:(?:[ \t\-\u2010-\u2015\u30fc.()/\u00a0\u2029~_·*•\p{So}]|,(?=\s)){0,3}\d){6,}/gu;
const DATE =
  /(?:^|\s)(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d)|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/;
/** One decimal point with cents: a price or a measure (12345.99), not 0871750.77.11. */
const DECIMAL_TAIL = /^[^.]*\.\d{1,2}$/;
/** Year ranges: 2023-2024, 2019~2021. */
const YEARS = /^(?:19|20)\d{2}\s?[-–~/]\s?(?:19|20)\d{2}$/;
/** Date ranges: 10/01-10/07, 1.5–7.5. */
const DAY_RANGE =
  /^(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])\s?[-–~]\s?(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])$/;
/** Opening hours: 09.00–17.00, 8:30-21:00. */
const HOURS = /^(?:[01]?\d|2[0-3])[.:h][0-5]\d\s?[-–—~]\s?(?:[01]?\d|2[0-3])[.:h][0-5]\d$/;
/** An IPv4 address (192.168.0.1): four dotted numbers of at most 255. */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** Letters and a dash before the digits: a model or SKU code (XK-2024-1188). */
const CODE_BEFORE = /[a-z]{1,6}[-_]$/;

/** Letters right before the digits that still make a phone (vx13800000000, tel13800000000). */
const PHONE_PREFIXES = new Set([
  'v',
  'vx',
  'wx',
  'wechat',
  'weixin',
  'tel',
  'phone',
  'mobile',
  'mob',
  'call',
  'whatsapp',
  'wa',
  'line',
  'qq',
  'ph',
  'hp',
  'sdt',
  'zalo',
  'viber',
  'cell',
  'no',
  'telp',
  'wa.me',
]);
/** Words after which a number is an id, a code or a tracking number (Latin ones as whole words). */
const LATIN_LABELS =
  /(?:订单|单号|运单|快递|物流|包裹|发票|编号|型号|验证码|工单|海关|税号|税则|编码|条码|序列号|批次|货号|款号|流水号|交易号|退货|采购单|追踪号|跟踪号|券|优惠码|兑换码|口令|链接|商品|宝贝|顺丰|圆通|中通|申通|韵达|极兔|邮政|#|№|(?<![a-z])(?:order|rma|receipt|transaction|txn|confirmation|ticket|tracking|track|awb|waybill|parcel|invoice|sku|asin|item|model|code|hs|hts|htsus|ncm|taric|gtin|mpn|jan|customs|tariff|tarif|zolltarif\w*|warentarif\w*|arancel\w*|nomenclatura|gtip|kod|c[oó]digo|cn code|kod cn|code cn|barcode|upc|ean|isbn|serial|imei(?:\s+(?:del|dello|of\s+the|of\s+your|of\s+this|do|da|du|de\s+la|des)\s+(?:telefono|phone|telefone|t[ée]l[ée]phone|handy|celular|cellulare|telefonu))?|batch|lot|lote|lotto|charge|partia|fattura|factura|fatura|facture|rechnung|faktura|nota fiscal|seri|dhl|ups|fedex|usps|ems|sf|yto|zto|sto|coupon|voucher|promo|kode|resi|pedido|ref|reference|id|no\.|nr|guia|guía|rastreo|rastreio|rastreamento|seguimiento|pesanan|vận đơn|mã đơn|đơn hàng)(?![a-z])|주문|송장|운송장|注文|追跡|伝票|お問い合わせ番号|(?<![a-z])(?:part (?:number|no\.?)|p\/n|réf\.?|référence|numéro de (?:suivi|commande)|artikel(?:nummer|-nr\.?)|(?:lager|kunden|rechnungs|auftrags|artikel|serien|bestell|sendungs|paket|vorgangs|referenz|garantie|geräte|produkt|teile|chargen|lieferschein|versand|retouren|ticket|fall|los)nummer|bestellnummer|sendungsnummer|teilenummer|cep|c[oó]digo de rastre(?:io|o)|n[uú]mero de (?:pedido|seguimiento|rastreio)|numer (?:zamówienia|przesyłki)|sipariş|takip|nomor (?:resi|pesanan)|artikel|commande|bestellung|ordine|zamówienie|sendung|n°|nº|codice|spedizione|pro number|pro no|pro#|bill of lading|bol|sn|s\/n|seriennummer|numéro de série|número de serie|numero di serie|warranty(?: card)?|garanzia|garantie\w{0,6}|garant[ií]a|bảo hành|numer seryjny|seri no|tracciamento|brt|gls|dpd|sda|hermes|evri|yodel|inpost|correos|ctt|postnl|bpost|colissimo|chronopost|royal mail|canada post|australia post|j&t|jnt|kerry|ninja ?van|spx|lbc|jne|sicepat|anteraja|ghn|ghtk|viettel post|cainiao|yunexpress|4px|yanwen|estafeta|sedex|loggi|jadlog|sagawa|yamato|aramex|smsa|cdek|сдэк)(?![a-z])|品番|型番|部品番号|품번|부품번호|رقم الطلب|رقم طلبك|رقم طلبيتك|رقم شحنتك|طلبك رقم|طلب رقم|رقم التتبع|رقم الشحنة|رقم الطلبية)/;
/**
 * Cyrillic and Thai labels, as the base view writes them (look-alike letters folded: трек → tpek; Thai marks
 * dropped: พัสดุ → พสด).
 */
const FOLDED_LABELS = [
  'трек',
  'тн вэд',
  'код',
  'номер заказа',
  'номер отслеживания',
  'артикул',
  'พัสดุ',
  'คำสั่งซื้อ',
].map((w) => normalise(w).base.s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** Han labels as the base view writes them (traditional → simplified: 追跡 → 追迹, 伝票 → 传票). */
const HAN_BASE = (source: string) => source.replace(/[\u4e00-\u9fff]+/g, (w) => normalise(w).base.s);
const NOT_PHONE_WORDS = new RegExp(
  `${HAN_BASE(LATIN_LABELS.source).slice(0, -1)}|${FOLDED_LABELS.join('|')})`,
  'g',
);
/** Words after the number that name it as an id: "4155550132 is your order number", "12345678901 (tracking)". */
const NOT_PHONE_AFTER =
  /^[\s(（]*(?:is\s+(?:your|the|our)\s+|was\s+(?:your|the)\s+)?(?:order|tracking|invoice|sku|po\b(?!\s*box)|item|parcel|waybill|订单|单号|运单|货号|快递单)/;
/** "PO 4500012345", "P.O. #4500012345": upper case only, since Tagalog "po" is a politeness word. */
const PO_BEFORE = /(?<![A-Za-z])P\.?O\.?\s*(?:#|No\.?|no\.?|number)?\s*[:：#]?\s*$/;
/** Words after which a number is a phone number. */
const PHONE_WORDS =
  /(?:电话|手机|号码|联系|致电|打给|微信|拨打?|来电|短信|热线|座机|打(?:这个|这|我|过来|回)|โทร|เบอร|(?<![a-z])(?:vx|wx|whatsapp|telegram|line|viber|zalo|phone|tel|call|text|sms|mobile|cell|contact|reach|wa|hp|sdt|telp|fone|celular|telefone|telefono)(?![a-z])|(?<!(?:order|rma|tracking|case|reference|ref|confirmation|invoice|item|model|serial|ticket|return|claim|account|parcel|part|pro|waybill|awb|shipment|lot|batch|sku|imei|barcode|receipt|coupon|voucher|member|customer|registration|policy|warranty|card)\s)(?<![a-z])number(?![a-z]))/g;

/** End of the last keyword in `before` that is followed only by non-digits, within `reach` characters; or -1. */
function lastKeyword(re: RegExp, before: string, reach = 24): number {
  let last = -1;
  for (const m of before.matchAll(re)) {
    const end = m.index + m[0].length;
    if (before.length - end <= reach && !/\d/.test(before.slice(end))) last = end;
  }
  return last;
}

/** QQ numbers are IM handles (contact.im), not phone numbers. */
const QQ_BEFORE = /(?:qq|扣扣|企鹅)[号码:：\s]{0,4}$/;
const CURRENCY_BEFORE = /(?:[¥￥$€£₱฿₫₩₹]|rm|rp|usd|rmb|cny|us\$|s\$|php|idr|myr|thb|vnd|brl|r\$|mxn)\s?$/;
const UNIT_AFTER =
  /^\s?(?:元|块|美元|円|%|cm|mm|km|kg|g\b|m\b|ml|l\b|lb|lbs|oz|inch|in\b|pcs|pc\b|件|个|只|套|克|斤|公斤|米|厘米|毫米|码|年|月|日|号|时|点|分|秒|天|小时|dollars?|usd|rmb|yuan|pesos?|baht|ringgit|rupiah|[kmg]?hz\b|đ|₫|(?:d|dong|vnd|vnđ)(?![a-z]))/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/** Whether the digits sit in a link or a file name (…/earbuds/123456789.html, ?id=123456789). */
function insideLink(s: string, from: number, to: number): boolean {
  let a = from;
  while (a > 0 && !isWs(s.charCodeAt(a - 1))) a--;
  let b = to;
  while (b < s.length && !isWs(s.charCodeAt(b))) b++;
  const token = s.slice(a, b);
  return /:\/\/|www\.|[a-z0-9-]\.[a-z]{2,}\/|\/[^/]*\d|[?&][\w-]*=/.test(token) && /[a-z]/.test(token);
}

const DIGIT = /^\p{Nd}$/u;

/**
 * A phone number with its middle digits masked and its layout kept: 138 1234 5678 → 138 **** 5678,
 * 13812345678 → 138****5678. Keeping 3 + 4 digits of 7 or fewer would hide nothing: those are masked
 * whole (555-0132 → ***-****). The one mask for findings and for the overlay's fix.
 */
export function maskPhone(text: string): string {
  const chars = Array.from(text);
  let digits = 0;
  for (const char of chars) if (DIGIT.test(char)) digits++;
  let seen = 0;
  let out = '';
  for (const char of chars) {
    if (!DIGIT.test(char)) {
      out += char;
      continue;
    }
    seen++;
    out += digits > 7 && (seen <= 3 || seen > digits - 4) ? char : '*';
  }
  return out;
}

/**
 * Context kept around a digit chain, in digits-view units: the keyword checks read 36 units before a run,
 * the unit and "is your order" checks 24 after; a little more for the run's own '+' and '('.
 */
const BEFORE = 40;
const AFTER = 30;
/** How far a window may grow to reach the blanks around the run's token (the link check reads the token). */
const TOKEN = 64;

function isBlank(u: number): boolean {
  return u === 0x20 || u === 0x09 || u === 0x0a || u === 0x0d || u === 0xa0 || u === 0x3000;
}

function isLower(u: number): boolean {
  return u >= 0x61 && u <= 0x7a;
}

/**
 * The base index `count` digits-view units before `from` (step < 0) or after `to` (step > 0). A run of
 * Latin letters counts as one unit, as a spelled digit does, so the window never holds less than `count`.
 */
function reach(units: Uint16Array, at: number, count: number, step: -1 | 1): number {
  let i = at;
  for (let left = count; left > 0; left--) {
    if (step < 0 ? i <= 0 : i >= units.length) break;
    const u = units[step < 0 ? i - 1 : i]!;
    i += step;
    if (isLower(u))
      while ((step < 0 ? i > 0 : i < units.length) && isLower(units[step < 0 ? i - 1 : i]!)) i += step;
  }
  return i;
}

/**
 * Windows of the base view worth searching, as flat [from, to) pairs: each digit chain that can hold a
 * run (7 digits, each at most 3 separators from the next) with its context, overlapping windows merged.
 * Most replies have none or one, so the digits view is built for a few dozen units, not the whole reply.
 */
function windows(n: Normalised): number[] {
  const units = n.base.units!;
  const len = units.length;
  const chains = digitChains(n.base, 7, 3);
  const out: number[] = [];
  for (let c = 0; c < chains.length; c += 2) {
    let a = reach(units, chains[c]!, BEFORE, -1);
    let b = reach(units, chains[c + 1]!, AFTER, 1);
    const aLimit = Math.max(0, a - TOKEN);
    while (a > aLimit && !isBlank(units[a - 1]!)) a--;
    const bLimit = Math.min(len, b + TOKEN);
    while (b < bLimit && !isBlank(units[b]!)) b++;
    if (out.length > 0 && a <= out[out.length - 1]!) out[out.length - 1] = b;
    else out.push(a, b);
  }
  return out;
}

export const detectPhone: Detector = (n, ctx) => {
  const hits: DetectorHit[] = [];
  const spans = windows(n);
  for (let w = 0; w < spans.length; w += 2) {
    const view =
      spans.length === 2 && spans[0] === 0 && spans[1] === n.base.start.length
        ? n.digits()
        : toDigits(n.base, undefined, spans[w]!, spans[w + 1]!);
    phonesInView(n, view, ctx, hits);
  }
  hits.push(...vanityNumbers(n));
  hits.push(...scatteredPhones(n, ctx.markets, hits));
  const ids = printedIds(n.text);
  return ids.length > 0 ? hits.filter((h) => !insideAny(ids, h.start, h.end)) : hits;
};

/** Phone runs in a digits view (the whole reply's or a window's), appended to `hits`. */
export function phonesInView(
  n: Normalised,
  view: View,
  ctx: Parameters<Detector>[1],
  hits: DetectorHit[],
): void {
  const s = view.s;
  for (const m of s.matchAll(RUN)) {
    // Trailing parenthesis without an opening one, leading blanks.
    const whole = m[0].trim();
    const from = skipLoneWord(
      n,
      view,
      m.index + m[0].length - m[0].trimStart().length,
      m.index + m[0].length,
    );
    const run = s.slice(from, m.index + m[0].length).trim();
    if (run.length < whole.length && run.replace(/\D/g, '').length < 7) continue;
    // Two numbers listed with a slash between blanks ("HS 8517.62.00 / 0812 3456 7890"): each on its own first.
    if (listedPieces(n, view, ctx, from, from + run.length, hits)) continue;
    // The whole run, else its longest prefix ending at a separator ("0845 2814032 16" → "0845 2814032"),
    // else, for an unbroken national number glued to what follows ("0870737910216yrs"), 11 or 10 digits.
    const ends = [from + run.length];
    // Cut only where a blank or a parenthesis separates the groups: 405-2291847-3365120 is one id.
    for (let e = lastSeparator(s, from, ends[0]!); e >= 0; e = lastSeparator(s, from, e))
      if (blankAt(s, e)) ends.push(e);
    // A short last group after a blank or an opening parenthesis is another number ("… 16", "(18+)").
    if (
      ends.length > 1 &&
      /\d{3}/.test(run) &&
      /[\s(]\d{1,2}$/.test(run) &&
      s.slice(from, ends[1]).replace(/\D/g, '').length >= 10
    )
      ends.splice(0, 2, ends[1]!, ends[0]!);
    if (ends.length === 1 && /^0\d{11,12}$/.test(run)) ends.push(from + 11, from + 10);
    // A run the platform prints as an id (its pack's idFormats) is no phone, nor is any part of it.
    if (ends.length > 1 && ctx.idFormats?.some((f) => f(run))) continue;
    for (const to of ends) {
      const hit = judge(n, view, ctx, from, to, to !== from + run.length);
      if (hit) {
        hits.push(hit);
        break;
      }
    }
  }
}

const LIST_SEPARATOR = /\s[/|]\s/g;
/** Judges the pieces of run [from, to) between listing slashes; whether one of them is a phone. */
function listedPieces(
  n: Normalised,
  view: View,
  ctx: Parameters<Detector>[1],
  from: number,
  to: number,
  hits: DetectorHit[],
): boolean {
  const run = view.s.slice(from, to);
  if (!run.includes('/')) return false;
  let found = false;
  let at = 0;
  for (const m of [...run.matchAll(LIST_SEPARATOR), { index: run.length, 0: '' }]) {
    const piece = run.slice(at, m.index);
    const start = from + at + (piece.length - piece.trimStart().length);
    const end = from + m.index - (piece.length - piece.trimEnd().length);
    at = m.index + m[0].length;
    if (piece.replace(/\D/g, '').length < 7) continue;
    const hit = judge(n, view, ctx, start, end, false);
    if (hit) {
      hits.push(hit);
      found = true;
    }
  }
  return found;
}

/**
 * Where a run starts once a lone number word before written digits is left out: "từ 150.000" (from),
 * "tu 0812…", "un 555…" are a word of the sentence, not the number's first digit. Two or more words in a
 * row ("kosong delapan 1 2…") stay in.
 */
function skipLoneWord(n: Normalised, view: View, from: number, to: number): number {
  const first = view.start[from]!;
  // One letter read as a digit (l39…) is part of the number, or of a code (L2406-118), never a word.
  if (view.end[from]! - first === 1 || !/\p{L}/u.test(n.text.slice(first, view.end[from]!))) return from;
  let i = from + 1;
  while (i < to && view.start[i] === first) i++;
  while (i < to && !/\d/.test(view.s[i]!)) i++;
  if (i >= to || /\p{L}/u.test(n.text.slice(view.start[i]!, view.end[i]!))) return from;
  return i;
}

/** Whether the separator starting at `at` (up to the next digit) holds a blank or a parenthesis. */
function blankAt(s: string, at: number): boolean {
  for (let i = at; i < s.length && !(s[i]! >= '0' && s[i]! <= '9'); i++) if (/[\s(]/.test(s[i]!)) return true;
  return false;
}

/** End of the last digit before the last separator inside run [from, to), or -1. */
function lastSeparator(s: string, from: number, to: number): number {
  let i = to - 1;
  while (i > from && /\d/.test(s[i]!)) i--;
  if (i <= from) return -1;
  while (i > from && !/\d/.test(s[i - 1]!)) i--;
  return i > from ? i : -1;
}

/**
 * How strongly the shape and the context say "phone": a phone word before it, or the shape of one
 * (digit groups, a trunk 0, + or 00), or neither.
 */
function evidenceOf(run: string, keyword: boolean): Evidence {
  if (keyword) return 'keyword';
  if (/\D/.test(run.replace(/^[+＋]/, '')) || /^[+＋]|^0/.test(run)) return 'shaped';
  return 'bare';
}

/**
 * A phone for digits-view run [from, to), or undefined: what the run is glued to and the words around it
 * decide first (ids, prices, sizes, dates, links), then its shape and validity (phone-verdict.ts).
 */
function judge(
  n: Normalised,
  view: View,
  ctx: Parameters<Detector>[1],
  from: number,
  to: number,
  cut: boolean,
): DetectorHit | undefined {
  const s = view.s;
  const run = s.slice(from, to);
  const international = run.startsWith('+') || run.startsWith('＋');
  const digits = run.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (DATE.test(run.replace(/^\(/, '')) || DECIMAL_TAIL.test(run) || YEARS.test(run) || IPV4.test(run))
    return undefined;
  if (HOURS.test(run) || DAY_RANGE.test(run)) return undefined;
  // A capital L does not look like a 1: glued to digits it starts a code (lote L2406-118).
  if (n.text[view.start[from]!] === 'L' && view.end[from]! - view.start[from]! === 1) return undefined;
  const before = s.slice(Math.max(0, from - 36), from).toLowerCase();
  // Glued to letters before: tracking numbers and ids (LP00…, 1Z…, YT…, SF…), unless the letters name a phone.
  if (isLetter(s[from - 1])) {
    let k = from - 1;
    while (k > 0 && (isLetter(s[k - 1]) || s[k - 1] === '.')) k--;
    // A prefix glued to digits before it is part of a code (1Z 8V7 294…), not "v 138…".
    if (!PHONE_PREFIXES.has(s.slice(k, from)) || /\d/.test(s[k - 1] ?? '')) return undefined;
  }
  if (CODE_BEFORE.test(before)) return undefined;
  if (QQ_BEFORE.test(before) || insideLink(s, from, to)) return undefined;
  if (CURRENCY_BEFORE.test(before) || UNIT_AFTER.test(s.slice(to, to + 8))) return undefined;
  if (s[to] === ':' && /\d/.test(s[to + 1] ?? '')) return undefined;
  // The keyword nearest to the number decides: "order 123…" vs "order question? call 138…".
  // An id's label may sit further back ("mã vận đơn Viettel Post của chị là …") than a phone word.
  // A number shaped as a mobile or an international number is an id only right after its label
  // ("单号：139…"), not when a far word merely talks about the parcel ("物流的事您打这个 139 …").
  const strong = international || CN_MOBILE_START.test(digits);
  let notPhone = lastKeyword(NOT_PHONE_WORDS, before, strong ? LABEL_REACH : 32);
  // "Text your order # to 818-…": the number is where to send the id, not the id.
  if (notPhone >= 0 && SENT_TO.test(before)) notPhone = -1;
  const phone = lastKeyword(PHONE_WORDS, before);
  // Equal ends: the label took the phone word in ("IMEI del telefono").
  if (notPhone >= 0 && notPhone >= phone) return undefined;
  // The number goes on a code printed before it ("référence 2C 068-15 442").
  if (phone < 0 && (CODE_TOKEN_BEFORE.test(before) || THING_BEFORE.test(before))) return undefined;
  const origin = view.start[from]!;
  if (phone < 0 && PO_BEFORE.test(n.text.slice(Math.max(0, origin - 16), origin))) return undefined;
  if (phone < 0 && NOT_PHONE_AFTER.test(s.slice(to, to + 24).toLowerCase())) return undefined;
  if (phone < 0 && ctx.idFormats?.some((f) => f(run))) return undefined;
  if (phone < 0 && TARIFF_SHAPE.test(run)) return undefined;
  const evidence = phone < 0 && cut ? 'cut' : evidenceOf(run, phone >= 0);
  // Glued to letters after (an id, or SMS spam's "08704439680Ts&Cs"): only a number shaped as a phone.
  if (isLetter(s[to]) && (evidence === 'bare' || !/^[+＋0]/.test(run)) && !CN_MOBILE_START.test(digits))
    return undefined;
  if (!isPhoneNumber(digits, international, evidence, ctx.markets) && !US_SHAPE.test(run)) return undefined;
  return { start: view.start[from]!, end: view.end[to - 1]!, replacement: maskPhone(digits) };
}

const CN_MOBILE_START = /^1[3-9]\d{9}$/;
/** A short token of letters and digits right before the number, one blank between: a code it continues (not 6pm, 24h). */
const CODE_TOKEN_BEFORE = /(?:^|\s)(?!\d{1,2}(?:am|pm|h|hrs?) $)(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,6} $/;
/** A thing compared, not a number to call: "the older 8613 5722", "this new 2024 0612". */
const THING_BEFORE =
  /\b(?:the|a|an|this|that|our|your)\s+(?:older|newer|new|old|previous|latest|same|other|original|earlier|later)\s+$/;
/** A customs tariff code as printed (HS 8517.62, NCM 8518.30.00, HTS 8471.30.0100): no phone without a phone word. */
const TARIFF_SHAPE = /^[1-9]\d{3}\.\d{2}(?:\.\d{2,4})?$/;
/** A sending verb, then "to" right before the number (Polish "numer to …" is "the number is"). */
const SENT_TO = /\b(?:text|send|sms|message|forward|mail|whatsapp)\b[^.!?\n]{0,30}\bto\s*$/;
/** How far an id's label may sit before a phone-shaped number: "单号是 ", "order no.: ". */
const LABEL_REACH = 6;
/** Formatted as a North American number: (415) 555-0132 counts even with a fictional exchange. */
const US_SHAPE = /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/;
