/**
 * contact.url: links and bare domains (linkify-it with fuzzy links and extra TLDs) plus "myshop dot com"
 * forms, except the platform's own domains and their subdomains, and except e-mail addresses.
 */
import { LinkifyIt } from 'linkify-it';
import type { Detector, DetectorHit } from '@/lib/detect/detector';
import { emailSpans } from './email';
import { gates, maybeLink, maybeSpoken } from './gates';

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
  ],
  true,
);

const DOT = '(?:\\s*[\\[(（【]\\s*(?:dot|点|\\.)\\s*[\\])）】]\\s*|\\s+dot\\s+|\\s*点\\s*)';
const SPOKEN = new RegExp(
  `(?<![a-z0-9-])[a-z0-9][a-z0-9-]{1,62}(?:${DOT}[a-z0-9-]+)*${DOT}(?:com|net|org|cn|io|co|me|shop|store|top|xyz|info|ly|cc|tv|app|link|site|online|vip|club|biz)(?![a-z0-9])`,
  'g',
);

const WWW =
  /(?<![a-z0-9-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*?\.(?:com|net|org|info|biz|co\.uk|org\.uk|uk|cn|de|fr|io|co|me)(?=[^a-z]|$)/g;

function hostOf(url: string): string {
  const host =
    url
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/^\/\//, '')
      .split(/[/?#:]/)[0] ?? '';
  return host.replace(/^www\./, '');
}

export function isOwnDomain(host: string, own: readonly string[]): boolean {
  return own.some((d) => host === d || host.endsWith(`.${d}`));
}

export const detectUrl: Detector = (n, ctx) => {
  const link = !gates.on || maybeLink(n);
  const spoken = !gates.on || maybeSpoken(n);
  if (!link && !spoken) return [];
  // CJK letters and punctuation count as spaces, so 访问myshop.cn谢谢 has a link, and so does punctuation
  // glued before a domain (info:www.x.com, " :getzed.co.uk"). Same length: same offsets.
  const s = n.base.s
    .replace(/[\u2e80-\u9fff\uf900-\ufaff\uac00-\ud7a3\uff00-\uffef]/g, ' ')
    .replace(/[:;,!?](?=www\.)|(?<=\s):(?=[a-z0-9-]+\.[a-z]{2,})/g, ' ');
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
  // www. names glued to what follows (www.ldew.com1win150…): the name up to its first known TLD.
  for (const m of link ? s.matchAll(WWW) : []) {
    if (!spans.some(([a, b]) => a <= m.index && m.index < b))
      spans.push([m.index, m.index + m[0].length, m[0].slice(4)]);
  }
  for (const m of spoken ? n.base.s.matchAll(SPOKEN) : []) {
    const host = m[0].replace(new RegExp(DOT, 'g'), '.').replace(/\s+/g, '');
    spans.push([m.index, m.index + m[0].length, host]);
  }
  const hits: DetectorHit[] = [];
  for (const [from, to, host] of spans) {
    if (isOwnDomain(host, ctx.ownDomains)) continue;
    if (emails.some(([a, b]) => from < b && a < to)) continue;
    hits.push({ start: n.base.start[from]!, end: n.base.end[to - 1]!, replacement: '' });
  }
  return hits;
};
