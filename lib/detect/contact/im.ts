/**
 * contact.im: messaging/social apps and their aliases, with the handle written after them in the same
 * span (`微信：abc_123` is one hit), and "add me" phrases (加我微信, 加v, add me on Line).
 * Word sense: strong names (微信, WhatsApp, Telegram…) fire alone; weak ones (微, v, tg, ig, fb, line,
 * signal…) only with a handle after them or an "add me" before them; 加 / add me only together with an
 * app or a handle (加急, 加油, 加购, 增加 never fire).
 */

import type { Detector, DetectorHit } from '@/lib/detect/detector';
import type { Normalised } from '@/lib/detect/normalise';
import * as normalised from '@/lib/detect/normalise';
import type { TermEntry } from '@/lib/detect/plan';

const { indexAt, SEP, toDigits } = normalised;

import { compileTerms } from '@/lib/detect/terms';
import { emailSpans } from './email';

type Kind = 'strong' | 'weak' | 'add';

const ALIASES: Record<Kind, string[]> = {
  strong: [
    '微信',
    '威信',
    '薇信',
    '徽信',
    '维信',
    '危信',
    'v信',
    '微x',
    'vx',
    'wx',
    'wechat',
    'weixin',
    'wei xin',
    'weichat',
    '扣扣',
    '企鹅号',
    'qq',
    'qq号',
    'whatsapp',
    'whats app',
    'watsapp',
    'wa.me',
    'telegram',
    '电报',
    'skype',
    'instagram',
    'insta',
    'facebook',
    '脸书',
    'zalo',
    'viber',
    'kakaotalk',
    'kakao',
    'wechat id',
    'line id',
    '飞书',
    '钉钉',
    'snapchat',
    'discord',
    't.me',
  ],
  weak: ['小号', '客服号', '微', 'v', 'line', 'tg', 'tele', 'ig', 'fb', 'wa', 'signal', 'messenger', 'dm'],
  add: [
    '加我',
    '加',
    '加个',
    '加一下',
    '+v',
    '+我',
    '联系我',
    'add me',
    'add me on',
    'add us on',
    'contact me on',
    'contact us on',
    'message me on',
    'text me on',
    'reach me on',
    'find me on',
    'chat with me on',
    // "via WA", Indonesian/Malay "lewat WA", "hubungi", Vietnamese "nhắn Zalo", "liên hệ qua".
    'via',
    'lewat',
    'hubungi',
    'nhắn',
    'qua',
    'liên hệ',
  ],
};

const ENTRIES: { text: string; kind: Kind }[] = (Object.keys(ALIASES) as Kind[]).flatMap((kind) =>
  ALIASES[kind].map((text) => ({ text, kind })),
);
const ALIAS_WORDS = new Set(ENTRIES.map((e) => e.text).filter((t) => /^[a-z]+$/.test(t)));
let compiled: ReturnType<typeof compileTerms> | undefined;
function aliases() {
  compiled ??= compileTerms(ENTRIES.map((e, rule): TermEntry => ({ text: e.text, kind: 'term', rule })));
  return compiled;
}

/** Words after an app name that are not handles ("WhatsApp me", "Line is down"). */
const STOP = new Set([
  'me',
  'us',
  'the',
  'and',
  'or',
  'to',
  'for',
  'is',
  'are',
  'on',
  'at',
  'in',
  'with',
  'please',
  'pls',
  'now',
  'here',
  'pay',
  'group',
  'account',
  'number',
  'id',
  'a',
  'an',
  'if',
  'so',
  'too',
  'also',
  'then',
  'app',
  'chat',
  'call',
  'message',
  'messages',
  'store',
  'shop',
  'up',
  'of',
  'it',
  'this',
  'that',
  'will',
  'can',
]);
const FILLER = /^(?:[\s:：=\-–—>〉》|]|官方账号|官方帐号|官方|号码|号|账号|帐号|id|是|为|is|:)*/;
const HANDLE = /^(?:@[a-z0-9_.]{1,30}|\+?\d[\d\s-]{3,18}\d|[a-z][a-z0-9_.-]{1,29}[a-z0-9_]|[a-z0-9_]{3,30})/;
const WORD_BEFORE_ADD = /[增追添附参更外施叠强累相倍]/;
const PAY_AFTER = /^\s*(?:支付|钱包|红包|转账|付款|pay\b|payment)/;

function isLatin(u: number): boolean {
  return u >= 0x61 && u <= 0x7a;
}

interface Handle {
  /** Original start offset of the handle. */
  start: number;
  /** Original end offset of the handle. */
  end: number;
  /** The handle as normalised (digits view). */
  handle: string;
  /** Introduced explicitly: after ':', 'id', '号' or written as @name, or containing a digit or '_'. */
  marked: boolean;
}

/** The handle written right after original offset `offset`, if any. */
/** Whether a handle can start within the next few base units (cheap, before building the digits view). */
function mayHaveHandle(n: Normalised, offset: number): boolean {
  const base = n.base;
  const units = base.units;
  if (!units) return true;
  let i = indexAt(base, offset);
  for (let k = 0; k < 8 && i < units.length; k++, i++) {
    const u = units[i]!;
    if ((u >= 0x30 && u <= 0x39) || (u >= 0x61 && u <= 0x7a) || u === 0x40 || u === 0x2b || u === 0x5f)
      return true;
    if (u >= 0x3007 && HANDLE_CJK.has(u)) return true;
    // Separators and the filler words 号/码/是/为/账/帐 may come first; anything else ends the search.
    if (!(n.baseCls[i] === SEP || FILLER_CJK.has(u))) return false;
  }
  return false;
}
const HANDLE_CJK = new Set(
  Array.from('〇零一幺壹二两贰三叁参四肆五伍六陆七柒八捌九玖', (c) => c.charCodeAt(0)),
);
const FILLER_CJK = new Set(Array.from('号码是为账帐官方', (c) => c.charCodeAt(0)));

/** Base units read after an app name: the filler and handle patterns never take more than 64 view units. */
const AHEAD = 80;

function handleAfter(n: Normalised, offset: number): Handle | undefined {
  if (!mayHaveHandle(n, offset)) return undefined;
  // The digits view of just the next few units (to the end of a Latin word, so spelled digits stay whole).
  const units = n.base.units!;
  const from = indexAt(n.base, offset);
  let to = Math.min(units.length, from + AHEAD);
  while (to < units.length && isLatin(units[to - 1]!) && isLatin(units[to]!)) to++;
  const view = toDigits(n.base, undefined, from, to);
  const at = 0;
  const rest = view.s.slice(at, at + 64);
  const filler = FILLER.exec(rest)![0];
  const m = HANDLE.exec(rest.slice(filler.length));
  if (!m) return undefined;
  const written = m[0].replace(/[.-]+$/, '');
  const handle = written.replace(/^@/, '');
  if (!written.startsWith('@') && (STOP.has(handle) || ALIAS_WORDS.has(handle))) return undefined;
  if (/^[\d\s+-]+$/.test(handle) && handle.replace(/\D/g, '').length < 5) return undefined;
  // Quantities with units are not handles: 2000mah, 5kg, 12pcs.
  if (/^\d+(?:[.,]\d+)?[a-z]{1,4}$/.test(handle)) return undefined;
  const explicit = /[:：=号]|id/.test(filler) || written.startsWith('@');
  // A bare number after a weak name must look like a phone number, not a ZIP code ("WA 98101",
  // "WA 98101-1234") or a quantity: 8 or more digits (0813-1234-5678, 628123456789).
  const numeric = /^[\d\s+-]+$/.test(handle);
  const marked =
    explicit ||
    (numeric
      ? handle.replace(/\D/g, '').length >= 8 && !/^\d{5}(?:[\s-]\d{4})?$/.test(handle)
      : /[\d_]/.test(handle));
  return {
    start: view.start[at + filler.length]!,
    end: view.end[at + filler.length + written.length - 1]!,
    handle,
    marked,
  };
}

interface AliasHit {
  kind: Kind;
  start: number;
  end: number;
}

/** The app names and "add me" phrases, for a linter that folds them into its own automaton. */
export const IM_ALIASES: readonly string[] = ENTRIES.map((e) => e.text);

/** contact.im from alias hits found elsewhere (`alias` = index into IM_ALIASES). */
export function detectImFrom(n: Normalised, found: readonly { alias: number; start: number; end: number }[]) {
  const raw: AliasHit[] = found
    .map((h) => ({ kind: ENTRIES[h.alias]!.kind, start: h.start, end: h.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return fromAliases(n, raw);
}

export const detectIm: Detector = (n) => {
  const table = aliases();
  const hits = table.scan(n);
  const found = [];
  for (let i = 0; i < hits.length; i++)
    found.push({ alias: table.entries[hits.entry[i]!]!.rule, start: hits.start[i]!, end: hits.end[i]! });
  return detectImFrom(n, found);
};

function fromAliases(n: Normalised, raw: AliasHit[]): DetectorHit[] {
  if (raw.length === 0) return [];
  // Drop aliases nested in a longer one (微 in 微信, qq in qq号) and aliases inside an e-mail address.
  const emails = emailSpans(n).map(([a, b]) => [n.base.start[a]!, n.base.end[b - 1]!] as const);
  const list: AliasHit[] = [];
  for (const h of raw) {
    if (list.some((o) => o.start <= h.start && h.end <= o.end)) continue;
    if (emails.some(([a, b]) => a <= h.start && h.end <= b)) continue;
    // A single-letter alias after a number is a unit: 3.7V, 220v.
    if (h.end - h.start === 1 && /[\d.]/.test(n.text[h.start - 1] ?? '')) continue;
    // facebook.com/x, line.me/…: a domain, left to the url detector.
    if (/^\.[a-z]{2,}/i.test(n.text.slice(h.end, h.end + 4)) && !/\.me$/.test(n.text.slice(h.start, h.end)))
      continue;
    list.push(h);
  }
  const hits: DetectorHit[] = [];
  const used = new Set<AliasHit>();
  const text = n.text;
  for (let i = 0; i < list.length; i++) {
    const h = list[i]!;
    if (used.has(h)) continue;
    let app = h;
    if (h.kind === 'add') {
      // The app must follow within a few separators: 加我 微信, add me on WhatsApp.
      const next = list.slice(i + 1).find((o) => o.kind !== 'add' && o.start >= h.end);
      const gap = next ? text.slice(h.end, next.start) : '';
      // Bare 加 must touch the app and not end a word (增加, 追加, 添加 + WhatsApp is not "add me").
      const bare = h.end - h.start === 1 && text[h.start] === '加';
      const joined = bare ? gap === '' && !WORD_BEFORE_ADD.test(text[h.start - 1] ?? '') : gap.length <= 3;
      if (next && joined && /^[\s:：,，的个]*$/.test(gap)) {
        used.add(next);
        app = next;
      } else {
        // 加 + a handle needs a digit in it: 加 abc123, 加13800000000 (加急, 加油 never qualify).
        const found = handleAfter(n, h.end);
        if (found && /\d/.test(found.handle) && found.handle.length >= 5)
          hits.push({ start: h.start, end: found.end });
        continue;
      }
    }
    if (PAY_AFTER.test(text.slice(app.end, app.end + 12))) continue;
    // Another app name right after is not a handle (微-信 w.e.c.h.a.t is two findings).
    const after = handleAfter(n, app.end);
    const found = after && list.some((o) => o !== app && o.start === after.start) ? undefined : after;
    const handleOk = found && (app.kind === 'strong' || found.marked);
    if (handleOk) hits.push({ start: h.start, end: found.end });
    // A model code, not an app: VX-200, WX3.
    else if (/^[a-z]/i.test(text[app.start] ?? '') && /^[-_]?\d/.test(text.slice(app.end, app.end + 2)))
      continue;
    else if (app.kind === 'strong' || app !== h) hits.push({ start: h.start, end: app.end });
  }
  return hits;
}
