/**
 * contact.email: plain addresses and disguised ones ("shop at gmail dot com", "shop [at] gmail [dot] com",
 * "shop(at)qq.com", "shop艾特qq点com", "shop＠163。com"), matched on the base view; the hit spans the whole
 * written address. Disguised forms need a known top-level domain.
 */
import type { Detector, DetectorHit } from '../detector';
import type { Normalised } from '../normalise';

const TLDS =
  'com|net|org|cn|io|co|me|info|biz|edu|gov|top|xyz|shop|store|vip|club|online|site|app|cc|tv|us|uk|my|sg|ph|th|vn|id|br|mx|tw|hk|jp|kr|de|fr|ru|in|au|ca';
const OPEN = '[\\[(（{<【]';
const CLOSE = '[\\])）}>】]';
const AT_PLAIN = '(?:@|\\s@\\s)';
const AT_DISGUISED = `(?:\\s*${OPEN}\\s*(?:at|@)\\s*${CLOSE}\\s*|\\s*(?:艾特|圈a|小老鼠)\\s*|\\s+at\\s+)`;
const DOT_PLAIN = '\\s?[.。]\\s?';
const DOT_DISGUISED = `(?:\\s*${OPEN}\\s*(?:dot|\\.|点)\\s*${CLOSE}\\s*|\\s*点\\s*|\\s+dot\\s+|[.。])`;
const LOCAL = '(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}';
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

const PLAIN = new RegExp(
  `${LOCAL}${AT_PLAIN}${LABEL}(?:${DOT_PLAIN}${LABEL})*${DOT_PLAIN}[a-z]{2,24}(?![a-z0-9])`,
  'g',
);
const DISGUISED = new RegExp(
  `${LOCAL}(?:${AT_DISGUISED}|${AT_PLAIN})${LABEL}(?:${DOT_DISGUISED}${LABEL})*${DOT_DISGUISED}(?:${TLDS})(?![a-z0-9])`,
  'g',
);

const MAYBE = /[@＠﹫]|艾特|圈a|小老鼠|[[(（{<【]\s*at\s*[\])）}>】]|\sat\s/i;

/** Email spans in base-view indices [from, to). */
export function emailSpans(n: Normalised): [number, number][] {
  const spans: [number, number][] = [];
  if (!MAYBE.test(n.text)) return spans;
  const s = n.base.s;
  for (const re of [PLAIN, DISGUISED]) {
    for (const m of s.matchAll(re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (!spans.some(([a, b]) => a <= from && to <= b)) spans.push([from, to]);
    }
  }
  return spans;
}

export const detectEmail: Detector = (n) => {
  const hits: DetectorHit[] = [];
  if (!MAYBE.test(n.text)) return hits;
  for (const [from, to] of emailSpans(n)) {
    hits.push({ start: n.base.start[from]!, end: n.base.end[to - 1]!, replacement: '' });
  }
  return hits;
};
