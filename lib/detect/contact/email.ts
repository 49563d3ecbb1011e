/**
 * contact.email: plain addresses and disguised ones ("shop at gmail dot com", "shop [at] gmail [dot] com",
 * "shop(at)qq.com", "shop艾特qq点com", "shop＠163。com"), matched on the base view; the hit spans the whole
 * written address. Disguised forms need a known top-level domain.
 */
import type { Detector, DetectorHit } from '@/lib/detect/detector';
import type { Normalised } from '@/lib/detect/normalise';
import { gates, maybeEmail, maybeMailbox } from './gates';
import { isOwnDomain } from './own-domain';
import { type Packed, pack, sourceSpan } from './packed';
import { DOT_WORDS, MIDDLE_DOT, TLDS } from './tlds';

const OPEN = '[\\[(（{<【]';
const CLOSE = '[\\])）}>】]';
const AT_PLAIN = '(?:@|\\s@\\s)';
/**
 * "at" and "dot" as spoken in en, es/pt (arroba, punto/ponto), fr (chez, arobase, point), de (ät, punkt), id/ms
 * (titik), vi (a còng, chấm), pl (małpa, kropka), tr (nokta), it (chiocciola), nl (apenstaartje, punt), ru
 * (собака, точка: written as
 * the base view folds them, coбaka and toчka); ko 골뱅이/닷, ja アットマーク/ドット and th แอท/ดอท.
 */
const AT_WORD = '(?:at|ät|et|arroba|arobase|chez|chiocciola|małpa|coбaka|a còng|apenstaartje|apestaart)';
const DOT_WORD = `(?:${DOT_WORDS.join('|')}|chấm|toчka|ดอท|닷|ドット)`;
/** Top-level domains spelled out: 点康姆, ดอท คอม (com). */
const TLD_SPOKEN = '康姆|คอม';
const AT_DISGUISED = `(?:\\s*${OPEN}\\s*(?:${AT_WORD}|@|a)\\s*${CLOSE}\\s*|\\s*(?:艾特|圈a|小老鼠|골뱅이|アットマーク|แอท|在(?=\\s*[a-z0-9-]+\\s*点))\\s*|\\s+${AT_WORD}\\s+|\\s*#\\s*)`;
const DOT_PLAIN = `\\s?(?:[.。]|${MIDDLE_DOT})\\s?`;
const DOT_DISGUISED = `(?:\\s*${OPEN}\\s*(?:${DOT_WORD}|\\.|点)\\s*${CLOSE}\\s*|\\s*点\\s*|\\s+${DOT_WORD}\\s+|${DOT_PLAIN}|[,，](?=[a-z]))`;
/** A mailbox name; or a QQ number in Chinese numerals (二八七六五四三一九 at qq dot com). */
const LOCAL =
  '(?<![a-z0-9._%+零〇一二三四五六七八九幺两-])(?:[a-z0-9][a-z0-9._%+-]{0,63}|[零〇一二三四五六七八九幺两]{5,12})';
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

const PLAIN = new RegExp(
  `${LOCAL}${AT_PLAIN}${LABEL}(?:${DOT_PLAIN}${LABEL})*${DOT_PLAIN}[a-z]{2,24}(?![a-z0-9])`,
  'g',
);
/** A name read out with its dots: "jenny dot store", "jenny [.] store". */
const LOCAL_SPOKEN = `${LOCAL}(?:(?:\\s+${DOT_WORD}\\s+|\\s*${OPEN}\\s*(?:${DOT_WORD}|\\.)\\s*${CLOSE}\\s*)[a-z0-9][a-z0-9_%+-]{0,63})*`;
const DISGUISED = new RegExp(
  `${LOCAL_SPOKEN}(?:${AT_DISGUISED}|${AT_PLAIN})${LABEL}(?:${DOT_DISGUISED}${LABEL})*${DOT_DISGUISED}(?:${TLDS}|${TLD_SPOKEN})(?![a-z0-9])`,
  'g',
);

const BARE_AT = new RegExp(`\\s${AT_WORD}\\s|\\s*#\\s*`);
const DICTATED = new RegExp(`\\s${DOT_WORD}\\s`);
const SPLIT_DOT = new RegExp(`\\s*(?:\\.|。|点|${DOT_WORD})\\s*`);
const BRACKETED_AT = new RegExp(`${OPEN}\\s*(?:${AT_WORD}|@|a)\\s*${CLOSE}`);

/** Mail providers: "shop at gmail dot com" needs one of them unless the name has a digit, '.' or '_'. */
const PROVIDERS =
  /^(?:gmail|googlemail|qq|163|126|yeah|sina|sohu|foxmail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|proton|protonmail|yandex|mail|gmx|zoho)$/;
/** "gmail: luckystore2026", "邮箱：shop_88": a provider or mailbox word and a name with a digit, '.' or '_'. */
const MAILBOX =
  /(?<![a-z0-9])(?:gmail|yahoo|hotmail|outlook|icloud|qq邮箱|163邮箱|邮箱|e-?mail)\s*[:：]\s*[a-z0-9][a-z0-9._-]{2,63}(?![a-z0-9@])/g;

/**
 * "shop.88 no gmail" (pt "at the"), "shop_88 at hotmail", "kayla dot bloomcandles at gmail": a made-up or
 * dictated name and a provider, no domain.
 */
const AT_PROVIDER =
  /(?<![a-z0-9._%+-])(?:[a-z0-9][a-z0-9_-]{0,30}\s+(?:dot|punto|ponto|point|punkt)\s+){0,3}[a-z0-9][a-z0-9._%+-]{0,63}\s+(?:no|na|em|en|at|di|tại)\s+(?:gmail|hotmail|outlook|yahoo|icloud|foxmail|protonmail)(?![a-z0-9.@])/g;
const NAME_DICTATED = /\s(?:dot|punto|ponto|point|punkt)\s/;
/** "mariselle.studio — it's a gmail one": a made-up name, then the provider named after it. */
const NAME_THEN_PROVIDER =
  /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._-]{2,63}\s*[,—–-]+\s*(?:it'?s|it’s|it is|its)\s+(?:a\s+|an\s+|on\s+|at\s+)?(?:gmail|hotmail|outlook|yahoo|icloud|protonmail|proton)(?:\s+(?:one|address|account))?(?![a-z0-9.@])/g;
/** "roseh0me.support@gmail": a mail provider with its top-level domain left off. */
const NO_TLD =
  /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{1,63}@(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|qq|163|126|foxmail|proton|protonmail|yandex|aol|gmx|zoho)(?![a-z0-9.@-])/g;
/** An address written backwards ("moc.liamg@pohs"): a reversed top-level domain first. */
const REVERSED = /(?<![a-z0-9._%+-])(?:moc|ten|gro|nc|oi|oc)\.[a-z0-9.-]+@[a-z0-9._%+-]+/g;

/** Ordinary English words that are prose, not a mailbox name, after "see", "item", "order", "visit"… */
const PROSE_LOCAL = new Set([
  'page',
  'it',
  'us',
  'me',
  'them',
  'him',
  'her',
  'store',
  'shop',
  'here',
  'there',
  'one',
  'ones',
  'item',
  'items',
  'product',
  'products',
  'listing',
  'link',
  'order',
  'orders',
  'deal',
  'deals',
  'price',
  'sale',
  'online',
  'now',
  'site',
  'website',
  'this',
  'that',
  'available',
  'sold',
  'buy',
  'bought',
  'listed',
  'found',
  'check',
  'out',
]);
/** Words that are never the name of a spoken address ("the site is at x dot com", "catalogue at x dot com"). */
const NOT_MAILBOX = new Set(
  'is are was were be been live lives located everything all more photos pics pictures catalogue catalog menu page site website'.split(
    ' ',
  ),
);
/** Words before such a local part that make "X at Y.com" prose ("item page at walmart.com"). */
const PROSE_BEFORE =
  /(?:^|[^a-z0-9])(?:item|product|see|seen|order|ordered|visit|find|found|check|view|look|buy|bought|shop|get|available|sold|listed|listing|our|the|this|that|your|it|is|are|was|out|also|here|there|them|page|store|online|only|now)\s+$/;

/**
 * Whether a bare "X at Y.tld" is a spoken e-mail address: a mailbox-like name and domain, no path or other
 * text glued after the domain, a mail provider or a made-up name (digit, '.', '_'), and not ordinary prose
 * ("item page at walmart.com/ip/1", "see it at amazon.com", "order at shopee.co.id").
 */
function spokenMailbox(
  s: string,
  from: number,
  to: number,
  local: string,
  domain: string,
  dictated: boolean,
): boolean {
  const next = s[to];
  if (
    next !== undefined &&
    !/[\s,;!?)）」』。，；！？"'…(（【\u4e00-\u9fff]/.test(next) &&
    !(next === '.' && !/[a-z0-9]/.test(s[to + 1] ?? ''))
  )
    return false;
  // "the catalogue is at shop dot com slash x": a path after the domain makes it a link.
  if (/^\s*(?:\/|slash\b)/.test(s.slice(to, to + 8))) return false;
  // "our site is at lunahome dot shop": a verb or a thing is no mailbox name.
  if (NOT_MAILBOX.has(local)) return false;
  const provider = PROVIDERS.test(domain);
  // "help at lunahome dot co": an address read out word by word needs no provider.
  if (!provider && !dictated && !/[\d._]/.test(local)) return false;
  if (PROSE_LOCAL.has(local) && PROSE_BEFORE.test(s.slice(Math.max(0, from - 24), from))) return false;
  return true;
}

const KNOWN_TLD = new Set(TLDS.split('|'));
/** Names before an @ set off by blanks that make it a mention, not an address ("follow us @ x", "IG @ x.y"). */
const MENTION_BEFORE =
  /^(?:us|me|them|it|you|him|her|here|there|ig|insta|fb|tele|tg|wa|line|dm|at|on|follow|find|add|shop|store)$/;

/** "follow us @ rosewood.home", "IG @ luna.and.pine": an @ with blanks on both sides after a word is a mention. */
function mention(address: string): boolean {
  const at = /\s@\s/.exec(address);
  if (!at) return false;
  const tld = address.split(/\s*[.。·・,，]\s*/).pop() ?? '';
  return !KNOWN_TLD.has(tld) || MENTION_BEFORE.test(address.slice(0, at.index));
}

/** Providers people split to slip past filters: "g mail", "gee mail", "hot mail", "ya hoo", "1 6 3", "q q". */
const SPLIT_PROVIDER = new RegExp(
  `(?<![a-z0-9])(?:${[
    'googlemail',
    'protonmail',
    'hotmail',
    'outlook',
    'foxmail',
    'icloud',
    'yandex',
    'proton',
    'gmail',
    'yahoo',
    'ymail',
    'qq',
    '163',
    '126',
  ]
    .map((p) => Array.from(p).join('[\\s-]{0,2}'))
    .join('|')}|gee[\\s-]{1,2}mail)(?![a-z0-9])`,
  'g',
);

/** "j a c k y 8 8 @ 1 6 3 . c o m": single characters spaced out, one blank apart, holding an @ and a dot. */
const SPACED_OUT = /(?<!\S)(?:[a-z0-9@._-] ){5,}[a-z0-9](?!\S)/g;

/**
 * `s` with each match of `re` that `rewrite` turns into a plain form replaced by it, or undefined when none is:
 * split provider names joined ("lily at g mail dot com" → "lily at gmail dot com"), spaced-out addresses closed up.
 */
function joined(s: string, re: RegExp, rewrite: (match: string) => string | undefined): Packed | undefined {
  const edits: [number, number, string][] = [];
  for (const m of s.matchAll(re)) {
    const plain = rewrite(m[0]);
    if (plain !== undefined) edits.push([m.index, m.index + m[0].length, plain]);
  }
  return edits.length > 0 ? pack(s, edits) : undefined;
}

const providerJoined = (match: string) =>
  /[\s-]/.test(match) ? match.replace(/[\s-]/g, '').replace(/^geemail$/, 'gmail') : undefined;
const spacedClosed = (match: string) =>
  match.includes('@') && match.includes('.') ? match.replace(/ /g, '') : undefined;

/** An enclosed a written for the @ ("jacky88ⓐgmail.com"): the base view reads it as a plain a. */
const ENCLOSED_A = /[ⓐⒶ🅐🄰]/u;
function enclosedAt(n: Normalised): Packed | undefined {
  if (!ENCLOSED_A.test(n.text)) return undefined;
  const s = n.base.s;
  const edits: [number, number, string][] = [];
  for (let i = 1; i + 1 < s.length; i++) {
    if (s[i] !== 'a' || !/[a-z0-9]/.test(s[i - 1]!) || !/[a-z0-9]/.test(s[i + 1]!)) continue;
    if (ENCLOSED_A.test(n.text.slice(n.base.start[i], n.base.end[i]))) edits.push([i, i + 1, '@']);
  }
  return edits.length > 0 ? pack(s, edits) : undefined;
}

/** Email spans in base-view indices [from, to). */
export function emailSpans(n: Normalised): [number, number][] {
  // The url detector asks again for the same text: one computation per normalised text.
  let spans = computed.get(n);
  if (!spans) {
    spans = compute(n);
    computed.set(n, spans);
  }
  return spans;
}

const computed = new WeakMap<Normalised, [number, number][]>();

function compute(n: Normalised): [number, number][] {
  const spans: [number, number][] = [];
  const maybe = !gates.on || maybeEmail(n);
  const mailbox = !gates.on || maybeMailbox(n);
  const circled = enclosedAt(n);
  if (!maybe && !mailbox && !circled) return spans;
  const s = n.base.s;
  const add = (from: number, to: number) => {
    if (!spans.some(([a, b]) => a <= from && to <= b)) spans.push([from, to]);
  };
  addresses(s, { at: maybe, named: mailbox, mailbox }, add);
  // A split provider counts only in an address with its @ or spoken at (maybeEmail is that test here,
  // not a shortcut): "lily at g mail dot com", never "send it by g mail".
  const again = (packed: Packed | undefined, named: boolean) => {
    if (packed)
      addresses(packed.text, { at: true, named, mailbox: false }, (a, b) => add(...sourceSpan(packed, a, b)));
  };
  if ((maybe || mailbox) && maybeEmail(n)) again(joined(s, SPLIT_PROVIDER, providerJoined), true);
  if (maybe && s.includes('@')) again(joined(s, SPACED_OUT, spacedClosed), false);
  again(circled, false);
  return spans;
}

/**
 * The addresses in `s`, given to `add` as [from, to): `at`, those with an @ or a spoken at; `named`, a name
 * and a provider with no domain ("shop_88 at hotmail"); `mailbox`, a mailbox word and a name ("gmail: x_1").
 */
function addresses(
  s: string,
  forms: { at: boolean; named: boolean; mailbox: boolean },
  add: (from: number, to: number) => void,
): void {
  const maybe = forms.at;
  for (const m of maybe ? s.matchAll(PLAIN) : []) if (!mention(m[0])) add(m.index, m.index + m[0].length);
  for (const m of maybe ? s.matchAll(DISGUISED) : []) {
    if (mention(m[0])) continue;
    const bare = BARE_AT.exec(m[0]);
    if (bare && !/[@艾圈]/.test(m[0]) && !BRACKETED_AT.test(m[0])) {
      // Prose "the page at walmart.com/ip/1": a bare "at" needs a mail provider or a name that looks made up.
      const local = m[0].slice(0, bare.index);
      const domain = m[0].slice(bare.index + bare[0].length).split(SPLIT_DOT)[0] ?? '';
      const dictated = DICTATED.test(m[0]);
      if (!spokenMailbox(s, m.index, m.index + m[0].length, local, domain, dictated)) continue;
    }
    add(m.index, m.index + m[0].length);
  }
  for (const m of forms.mailbox ? s.matchAll(MAILBOX) : []) {
    if (/[\d._]/.test(m[0].split(/[:：]/)[1] ?? '')) add(m.index, m.index + m[0].length);
  }
  for (const m of forms.named ? s.matchAll(AT_PROVIDER) : []) {
    if (/[\d._]/.test(m[0].split(/\s/)[0]!) || NAME_DICTATED.test(m[0])) add(m.index, m.index + m[0].length);
  }
  for (const m of forms.named ? s.matchAll(NAME_THEN_PROVIDER) : []) {
    if (/[\d._]/.test(m[0].split(/[\s,—–]/)[0]!)) add(m.index, m.index + m[0].length);
  }
  for (const m of maybe ? s.matchAll(NO_TLD) : []) add(m.index, m.index + m[0].length);
  for (const m of maybe ? s.matchAll(REVERSED) : []) {
    const forward = Array.from(m[0]).reverse().join('');
    if (PROVIDERS.test(forward.split('@')[1]!.split('.')[0]!)) add(m.index, m.index + m[0].length);
  }
}

export const detectEmail: Detector = (n, ctx) => {
  const hits: DetectorHit[] = [];
  const s = n.base.s;
  for (const [from, to] of emailSpans(n)) {
    // Masked already ("m***a@hotmail.com"), or on the platform's own mail relay: nothing to hide.
    if (/[*•…]/.test(s[from - 1] ?? '')) continue;
    const domain = /@\s*([a-z0-9.-]+)/.exec(s.slice(from, to))?.[1];
    if (domain && isOwnDomain(domain.replace(/\.$/, ''), ctx.ownDomains)) continue;
    hits.push({ start: n.base.start[from]!, end: n.base.end[to - 1]!, replacement: '' });
  }
  return hits;
};
