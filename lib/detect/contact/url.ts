/**
 * contact.url: links and bare domains (linkify-it with fuzzy links and extra TLDs) plus "myshop dot com"
 * forms, except the platform's own domains and their subdomains, and except e-mail addresses.
 */
import { LinkifyIt } from 'linkify-it';
import { isWs } from '@/lib/detect/blanks';
import type { Detector, DetectorHit } from '@/lib/detect/detector';
import type { Normalised } from '@/lib/detect/normalise';
import { emailSpans } from './email';
import { gates, maybeLink, maybeSpoken } from './gates';
import { isOwnDomain } from './own-domain';
import { type Packed, pack, sourceSpan } from './packed';
import { maybeDefanged, refanged } from './refang';
import { DOT_WORDS, MIDDLE_DOT, realTld } from './tlds';

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false }).tlds(
  [
    'top',
    'xyz',
    'store',
    'online',
    'site',
    'vip',
    'club',
    'app',
    'link',
    'shop',
    'tv',
    'cc',
    'io',
    'me',
    'ly',
    'gle',
  ],
  true,
);

/**
 * The Latin dot words, Thai ดอท (`fernhouse ดอท คอม`) and Russian точка as the base view writes it (`toчka`,
 * with ру as `py`); Korean 쩜/닷 go with 点 below.
 */
const DOT_WORD = `(?:${DOT_WORDS.join('|')}|ดอท|toчka)`;
const DOT = `(?:\\s*[\\[(（【]\\s*(?:${DOT_WORD}|点|\\.)\\s*[\\])）】]\\s*|\\s+${DOT_WORD}\\s+|\\s*(?:点|쩜|닷)\\s*|。|${MIDDLE_DOT})`;
/** A slash, written or said: / slash barra (it, es, pt) schrägstrich garis miring (id, ms). */
const SLASH = String.raw`\s*(?:\/|slash|barra|schrägstrich|garis miring)\s*`;
/** Endings that are ordinary words after "punto"/"point"/"titik" (it, de, es, id…): a link only with a path said after. */
const PATH_ONLY_TLD = '(?:it|de|es|fr|pt|ca|be|ch|at|id|my)';
const SPOKEN = new RegExp(
  `(?<![a-z0-9-])[a-z0-9][a-z0-9-]{1,62}(?:${DOT}[a-z0-9-]+){0,4}${DOT}(?:com|net|org|cn|io|co|me|shop|store|top|xyz|info|ly|cc|tv|app|link|site|online|vip|club|biz|nl|pl|uk|au|sg|ph|vn|br|mx|ru|eu|jp|kr|tw|hk|คอม|(?<=toчka\\s{1,3})(?:py|pф)|${PATH_ONLY_TLD}(?=${SLASH}))(?![a-z0-9])(?:${SLASH}[a-z0-9][a-z0-9_-]{1,39}(?![a-z0-9]))?`,
  'g',
);

const WWW =
  /(?<![a-z0-9-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*?\.(?:com|net|org|info|biz|co\.uk|org\.uk|uk|cn|de|fr|io|co|me)(?=[^a-z]|$)/g;

/** A spelled-out www or top-level domain: w w w, . c o m. */
const SPACED = /(?<![a-z])w\s+w\s+w(?![a-z])|\.\s*(?:c\s+o\s+m|n\s+e\s+t|o\s+r\s+g|c\s+n)(?![a-z])/;

/** Cheap pre-check for SPACED (a superset): a "w", blanks, a "w"; or a dot, maybe blanks, c/n/o and a blank. */
function spelledOut(units: Uint16Array): boolean {
  const after = (i: number) => {
    let k = i;
    while (k < units.length && isWs(units[k]!)) k++;
    return k;
  };
  for (let i = units.indexOf(0x77); i >= 0; i = units.indexOf(0x77, i + 1)) {
    const k = after(i + 1);
    if (k > i + 1 && units[k] === 0x77) return true;
  }
  for (let i = units.indexOf(0x2e); i >= 0; i = units.indexOf(0x2e, i + 1)) {
    const k = after(i + 1);
    const c = units[k];
    if ((c === 0x63 || c === 0x6e || c === 0x6f) && isWs(units[k + 1] ?? 0)) return true;
  }
  return false;
}

/** The text without the blanks of a spelled-out link: blanks between single letters or digits and around a dot. */
function despaced(s: string): Packed | undefined {
  if (!SPACED.test(s)) return undefined;
  const edits: [number, number, string][] = [];
  const single = (i: number) =>
    /[a-z0-9]/.test(s[i] ?? '') && !/[a-z0-9]/.test(s[i - 1] ?? '') && !/[a-z0-9]/.test(s[i + 1] ?? '');
  for (let i = 0; i < s.length; i++) {
    if (!/\s/.test(s[i]!)) continue;
    let j = i;
    while (j < s.length && /\s/.test(s[j]!)) j++;
    if (s[i - 1] === '.' || s[j] === '.' || (single(i - 1) && single(j))) edits.push([i, j, '']);
    i = j - 1;
  }
  return pack(s, edits);
}

function hostOf(url: string): string {
  const host =
    url
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/^\/\//, '')
      .split(/[/?#:]/)[0] ?? '';
  return host.replace(/^www\./, '');
}

const SHORTENED =
  /(?<![a-z0-9])(bit|tinyurl|shorturl|cutt|rebrand|tiny|is|ow|goo|rb|t|s|shorte|bl|lnkd|buff|surl|forms|linktr|lin|wa|2h|msng|m)\s*(?:\.|dot|点|\(dot\)|\[dot\])\s*(ly|com|at|gd|cc|gl|gle|ee|ae|cn|id|st|co|me|li|in)\s*(?:\/|slash|斜杠)\s*[a-z0-9][a-z0-9_-]{2,}/g;

/** Capitalised words between middle dots are a list (Size・Color・Store), not a domain. */
const CAPITAL_LIST = /[·・]\s*[A-Z]/;

/** CJK letters and punctuation, read as blanks around links (same length: same offsets). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uac00-\ud7a3\uff00-\uffef]/g;

/**
 * Links that need one of refang.ts's edits (shop[.]com, hxxps://, www . x . shop, shop 닷 com), as base-view
 * spans with their host: a real top-level domain, and for weak edits only a common one not written as a
 * capitalised word ("Thanks . Net price").
 */
function refangedLinks(n: Normalised): [number, number, string][] {
  const r = refanged(n.base.s);
  if (!r) return [];
  const out: [number, number, string][] = [];
  for (const m of linkify.match(r.packed.text.replace(CJK, ' ')) || []) {
    if (m.schema === 'mailto:') continue;
    const [from, to] = sourceSpan(r.packed, m.index, m.lastIndex);
    const edits = r.edits.filter((e) => from <= e.from && e.to <= to);
    if (edits.length === 0) continue;
    const host = hostOf(m.url.toLowerCase());
    const weak = edits.every((e) => !e.strong);
    if (!realTld(host, weak, n.base.s.slice(to, to + 4))) continue;
    const written = n.text.slice(n.base.start[from]!, n.base.end[to - 1]!);
    if (weak && /(?:^|[\s.])[A-Z][a-z]+$/.test(written)) continue;
    if (CAPITAL_LIST.test(written)) continue;
    const bare = m.schema === '' && !/^www\./.test(m.raw) && !m.raw.includes('/');
    if (bare && (host.split('.')[0]?.length ?? 0) < 3) continue;
    out.push([from, to, host]);
  }
  return out;
}

export const detectUrl: Detector = (n, ctx) => {
  const link = !gates.on || maybeLink(n);
  const spoken = !gates.on || maybeSpoken(n);
  const spelled = !gates.on || spelledOut(n.base.units!);
  const slashed = n.base.units!.indexOf(0x2f) >= 0 || n.base.s.includes('slash');
  const defanged = !gates.on || maybeDefanged(n.base.units!);
  if (!link && !spoken && !spelled && !slashed && !defanged) return [];
  // CJK letters and punctuation count as spaces, so 访问myshop.cn谢谢 has a link, and so does punctuation
  // glued before a domain (info:www.x.com, " :getzed.co.uk"). Same length: same offsets.
  const s = n.base.s.replace(CJK, ' ').replace(/[:;,!?](?=www\.)|(?<=\s):(?=[a-z0-9-]+\.[a-z]{2,})/g, ' ');
  const emails = emailSpans(n);
  const spans: [number, number, string][] = [];
  for (const m of (link && linkify.match(s)) || []) {
    if (m.schema === 'mailto:') continue;
    const host = hostOf(m.url.toLowerCase());
    // Fuzzy "mr.li", "a.co": a bare two-part name with a short label is more likely prose than a link.
    const bare = m.schema === '' && !/^www\./.test(m.raw) && !m.raw.includes('/');
    if (bare && (host.split('.')[0]?.length ?? 0) < 3) continue;
    spans.push([m.index, m.lastIndex, host]);
  }
  // A link spelled out letter by letter ("w w w . shop-x . c o m"): read once more with those blanks gone.
  if (spelled) {
    const packed = despaced(s);
    if (packed) {
      for (const m of linkify.match(packed.text) || []) {
        const [from, to] = sourceSpan(packed, m.index, m.lastIndex);
        if (!spans.some(([a, b]) => a < to && from < b)) spans.push([from, to, hostOf(m.url.toLowerCase())]);
      }
    }
  }
  // www. names glued to what follows (www.ldew.com1win150…): the name up to its first known TLD.
  for (const m of link ? s.matchAll(WWW) : []) {
    if (!spans.some(([a, b]) => a <= m.index && m.index < b))
      spans.push([m.index, m.index + m[0].length, m[0].slice(4)]);
  }
  for (const m of spoken ? n.base.s.matchAll(SPOKEN) : []) {
    const written = n.text.slice(n.base.start[m.index]!, n.base.end[m.index + m[0].length - 1]!);
    if (CAPITAL_LIST.test(written)) continue;
    const host = m[0].replace(new RegExp(DOT, 'g'), '.').replace(/\s+/g, '');
    spans.push([m.index, m.index + m[0].length, host]);
  }
  // Link shorteners with their dots and slashes spaced or spoken ("shorturl .at / xK29p", "bit dot ly slash abc").
  if (slashed) {
    for (const m of n.base.s.matchAll(SHORTENED)) {
      const [from, to] = [m.index, m.index + m[0].length];
      // It replaces a spoken domain it holds ("tinyurl dot com" of "tinyurl dot com slash x").
      const held = spans.filter(([a, b]) => a < to && from < b);
      if (!held.every(([a, b]) => from <= a && b <= to)) continue;
      for (const h of held) spans.splice(spans.indexOf(h), 1);
      spans.push([from, to, `${m[1]}.${m[2]}`]);
    }
  }
  // Defanged, spaced or foreign dots and schemes: shop[.]com, hxxps://, www . x . shop, shop 닷 com.
  // A longer reading replaces the shorter ones it holds (lojaboa ponto com ponto br, hxxps[:]//x[.]top/a).
  for (const [from, to, host] of defanged || spoken ? refangedLinks(n) : []) {
    const overlapping = spans.filter(([a, b]) => a < to && from < b);
    if (!overlapping.every(([a, b]) => from <= a && b <= to && b - a < to - from)) continue;
    for (const o of overlapping) spans.splice(spans.indexOf(o), 1);
    spans.push([from, to, host]);
  }
  const hits: DetectorHit[] = [];
  for (const [from, to, host] of spans) {
    if (isOwnDomain(host, ctx.ownDomains)) continue;
    if (emails.some(([a, b]) => from < b && a < to)) continue;
    hits.push({ start: n.base.start[from]!, end: n.base.end[to - 1]!, replacement: '' });
  }
  return hits;
};
