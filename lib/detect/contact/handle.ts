/**
 * Handles: the account written after (or before) an app name or a contact verb. A handle is an @name, an
 * id with a digit or of 5+ characters, or a 5-15 digit number in any script (①②, full width, 幺三八,
 * "one three eight", digits split by dots, dashes or emoji).
 */
import { isWs } from '@/lib/detect/blanks';
import { indexAt, type Normalised, SEP, toDigits } from '@/lib/detect/normalise';

export interface Handle {
  /** Original span of the handle. */
  start: number;
  end: number;
  /** The handle as read in the digits view (lower case, digits ASCII, separators kept). */
  handle: string;
  /** Introduced explicitly: after ':', 'id', '号' or written as @name. */
  explicit: boolean;
  /** A number (digits and separators only). */
  numeric: boolean;
  /** Written as @name. */
  at: boolean;
}

/** Words after an app name that are not handles ("WhatsApp me", "Line is down"). */
const STOP = new Set(
  'me us the and or to for is are on at in with please pls now here pay group account number id a an if so too also then app chat call message messages store shop up of it this that will can you your our my'.split(
    ' ',
  ),
);
/**
 * "The shop's" between an app and its handle, as the base view writes them (Thai marks dropped): ไอจีร้าน
 * (ร้าน), ไลน์ของร้าน, IG của shop, 인스타 우리 가게, 店铺的. Joined into FILLER.
 */
const SHOP_WORD = String.raw`(?:ของ|ทาง)?ราน|ของเรา|của\s*(?:shop|tiệm|cửa hàng|mình)|우리\s*가게|가게|店铺的?|本店|المتجر|متجرنا`;
/** Korean and Japanese particles after an app name: 인스타에서 (on), 라인은 (as for), 카톡으로 (by), LINEで (on). */
const PARTICLE = String.raw`에서|으로|로|은|는|에|で|は|の`;
/**
 * Malay, Filipino and English words between an app (or a verb) and its handle: "WA kita: 08…", "w.app terus
 * 012…", "tele na lang tayo: @x", "IG namin", "DM us there @x".
 */
const OUR = String.raw`(?:na lang|lang|tayo|kita|kami|namin|po|aja|saja|sahaja|terus|je|ya|over there|there|at)(?![a-z])`;
/** The @ read out: arroba, собака (base view: coбaka), małpa, chiocciola. */
const SPOKEN_AT = String.raw`(?:arroba|coбaka|coбaчka|małpa|malpa|chiocciola|klammeraffe)\s`;
const FILLER = new RegExp(
  String.raw`^(?:[\s:：=\-–—>〉》「『【〔（(“"‘|→↓⬇~*+＋,，\p{So}\p{Sk}]|@(?![a-z0-9_])|${SPOKEN_AT}|${SHOP_WORD}|${PARTICLE}|${OUR}|官方账号|官方帐号|官方|号码|号|账号|帐号|加[一1]下|[一1]下|加|搜|id|username|user name|handle|akun|是|为|is|:)*`,
  'u',
);
const SEPARATOR = String.raw`[\s.\-_·~*•\p{So}\p{Sk}]`;
const NUMBER = new RegExp(String.raw`^\+?\d(?:${SEPARATOR}{0,2}\d){4,14}`, 'u');
const WORDISH = /^(?:@[a-z0-9_.]{1,30}|[a-z][a-z0-9_.-]{1,29}[a-z0-9_]|(?=[a-z0-9_]*[a-z_])[a-z0-9_]{3,30})/;
/** Quantities with units are not handles: 2000mah, 5kg, 12pcs. */
const QUANTITY = /^\d+(?:[.,]\d+)?[a-z]{1,4}$/;

const HANDLE_CJK = new Set(
  Array.from('〇零一幺壹二两贰三叁参四肆五伍六陆七柒八捌九玖', (c) => c.charCodeAt(0)),
);
const FILLER_CJK = new Set(Array.from('号码是为账帐官方', (c) => c.charCodeAt(0)));

/** Base units read after an app name: the filler and handle patterns never take more than 64 view units. */
const AHEAD = 80;

function isLatin(u: number): boolean {
  return u >= 0x61 && u <= 0x7a;
}

/** Whether a handle can start within the next few base units (cheap, before building the digits view). */
function mayHaveHandle(n: Normalised, offset: number): boolean {
  const units = n.base.units!;
  let i = indexAt(n.base, offset);
  for (let k = 0; k < 12 && i < units.length; k++, i++) {
    const u = units[i]!;
    if ((u >= 0x30 && u <= 0x39) || isLatin(u) || u === 0x40 || u === 0x2b || u === 0x5f) return true;
    if (u >= 0x3007 && HANDLE_CJK.has(u)) return true;
    // Separators, the filler words 号/码/是/为/账/帐 and letters of other scripts (ร้าน, 가게, المتجر: the
    // shop's) may come first; anything else ends the search.
    const symbol = (u >= 0x2000 && u < 0x3000) || (u >= 0xd800 && u <= 0xdfff);
    if (!(n.baseCls[i] === SEP || symbol || FILLER_CJK.has(u) || u >= 0x600)) return false;
  }
  return false;
}

/** The handle written right after original offset `offset`, if any. */
export function handleAfter(n: Normalised, offset: number): Handle | undefined {
  if (!mayHaveHandle(n, offset)) return undefined;
  const units = n.base.units!;
  const from = indexAt(n.base, offset);
  let to = Math.min(units.length, from + AHEAD);
  // To the end of a Latin word, so spelled digits stay whole.
  while (to < units.length && isLatin(units[to - 1]!) && isLatin(units[to]!)) to++;
  const view = toDigits(n.base, undefined, from, to);
  const rest = view.s.slice(0, 64);
  const filler = FILLER.exec(rest)![0];
  const body = rest.slice(filler.length);
  const number = NUMBER.exec(body);
  const word = WORDISH.exec(body);
  // The longer reading wins: "abc123" is a word, "138 1234 5678" a number, "7.5.9.3" a number.
  const m = number && (!word || number[0].length >= word[0].length) ? number : word;
  if (!m) return undefined;
  const written = m[0].replace(/[.\-_\s]+$/u, '');
  const handle = written.replace(/^@/, '');
  const numeric = m === number;
  const explicit =
    /[:：=号]|id|username|user name|handle|akun/.test(filler) ||
    new RegExp(SPOKEN_AT).test(filler) ||
    written.startsWith('@');
  if (!numeric && !written.startsWith('@') && STOP.has(handle)) return undefined;
  // A plain word after a name is a handle only when introduced (':', 号, id) or made up (digit, _ or .).
  if (!numeric && !explicit && !/[\d_.]/.test(handle)) return undefined;
  if (numeric && handle.replace(/\D/g, '').length < 5) return undefined;
  if (!numeric && QUANTITY.test(handle)) return undefined;
  return {
    start: view.start[filler.length]!,
    end: view.end[filler.length + written.length - 1]!,
    handle,
    explicit,
    numeric,
    at: written.startsWith('@'),
  };
}

/**
 * A pointer to the handle a few words after an app, with no Latin letter, digit or sentence end between:
 * "ไอจีร้านได้นะคะ 👉 x", "라인으로 연락 주세요 -> x", "انستا المتجر ⬅ x", "LINEのほうが早いので ID：x".
 */
const POINTER =
  /^[^\n。！？!?.\p{Script=Latin}\p{N}]{0,20}?(?:👉|👇|👈|➡️?|⬅️?|→|←|->|=>|⬇️?|↓|[:：]|(?:ID|ＩＤ|id|ｉｄ)\s*[:：「『])/u;

/** The handle after a pointer that follows original offset `offset` (see POINTER), if any. */
export function pointedHandle(n: Normalised, offset: number): Handle | undefined {
  const m = POINTER.exec(n.text.slice(offset, offset + 28));
  if (!m) return undefined;
  const h = handleAfter(n, offset + m[0].length);
  // What the pointer points at must look made up (a digit, '_' or '.') or be written as @name; a bare
  // number there is the phone detector's ("我的号码：幺三八…" is a phone, not an app's handle).
  return h && !h.numeric && (h.at || /[\d_.]/.test(h.handle)) ? h : undefined;
}

/** A 5-15 digit number ending right before original offset `offset` (a blank or '+' may sit between). */
export function numberBefore(n: Normalised, offset: number): Handle | undefined {
  const text = n.text;
  let end = offset;
  while (end > 0 && (isWs(text.charCodeAt(end - 1)) || '+＋➕'.includes(text[end - 1]!))) end--;
  let start = end;
  while (start > 0 && /[0-9０-９]/.test(text[start - 1]!)) start--;
  const digits = end - start;
  if (digits < 5 || digits > 15 || (start > 0 && /[\p{L}]/u.test(text[start - 1]!))) return undefined;
  return { start, end, handle: text.slice(start, end), explicit: false, numeric: true, at: false };
}

/** Whether a handle is enough on its own to name an account ("abc_123", "@shop", 867056058, "shop-9988"). */
export function isStrongHandle(h: Handle): boolean {
  if (h.handle.length === 0) return false;
  if (h.numeric) return h.handle.replace(/\D/g, '').length >= 5;
  if (h.at) return h.handle.length >= 3;
  return /\d/.test(h.handle) && h.handle.length >= 4;
}
