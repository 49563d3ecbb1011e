/**
 * Frames around a weak app name that make it a contact, read on the original text (grammar.ts):
 * - the app used as a verb with a person after it: "WS sy", "wa me", "Signal me", "tele kami";
 * - the app ending its phrase after "add", "+" or "search" ("add WA for faster replies", not "add face mask");
 * - a search or follow right after a named app: 小红书搜…, 公众号搜索…, 抖音上搜;
 * - a quoted name after it: 公众号"居家好物社", IG「cozy room」;
 * - "search <name> on <app>": search Cozy Room PH on FB, búscanos como CozyHome en Face.
 */
import { NOT_APP } from './apps';

/** Objects after an app used as a verb; Bisaya "wa kami/ako" means "we/I have none". */
const OBJECT = /^\s*(?:me|us|sy|saya|aku|kami|ako|kita|gue|gw)\b/i;
const OBJECT_WA = /^\s*(?:me|us|sy|saya|aku|gue|gw)\b/i;
/** "Signal me", "LINE me"; but "signal us when…", "line us up". */
const ONLY_ME = /^\s*me\b/i;

/** A possessive before the app: "our IG", "my insta", "nuestro Face", "nosso zap", "notre Insta". */
const OWNER_BEFORE =
  /(?:^|[^\p{L}])(?:our|my|nuestro|nuestra|mi|nosso|nossa|meu|minha|notre|mon|unser|unserem|unseren)\s+$/iu;
/** A possessive after it: "IG namin", "tele kami", "WA kita", "WA admin", "IG toko" (Malay, Filipino). */
const OWNER_AFTER = /^\s+(?:kami|kita|namin|natin|ko|ku|saya|aku|admin|toko|cs)(?![\p{L}])/iu;
/** Bisaya "wa kami/kita" is "we have none": WA with a possessive needs "to"/"on" before it or a colon after. */
const TO_BEFORE = /(?:^|[^\p{L}])(?:ke|di|sa|lewat|via|thru|through|on|at|in|chat|hubungi|kontak)\s+$/iu;

/** After "WA kami": a colon, or an Indonesian invitation particle ("WA kami ya kak", "WA kita aja"). */
const INVITE_AFTER = /^\s*(?:[:：]|(?:ya|aja|saja|kak|sis|gan|dong|yuk)(?![\p{L}]))/iu;

const ORDINARY = new Set(['face', 'signal', 'line', 'snap', 'messenger', 'zap']);

/** The possessive that makes weak app `word` at [start, end) the shop's own account, as its end; 0 if none. */
export function ownerAround(text: string, word: string, start: number, end: number): number {
  // Names that are also English words ("our Signal Hill line", "our line of lamps") take no possessive.
  if (!/^[a-z]/i.test(word) || word.length < 2 || ORDINARY.has(word)) return 0;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = OWNER_AFTER.exec(text.slice(end, end + 10));
  if (/^(?:my|our) /.test(word)) return end;
  // Short aliases only: "our purple app icon" is an icon.
  if (word.includes(' ') && word !== 'w a') return 0;
  if (word === 'wa' || word === 'w a')
    return after && (TO_BEFORE.test(before) || INVITE_AFTER.test(text.slice(end + after[0].length, end + 24)))
      ? end + after[0].length
      : 0;
  if (after) return end + after[0].length;
  return OWNER_BEFORE.test(before) ? end : 0;
}

/** The person after app `word` (ending at `end`), as the length of what it takes; 0 if none. */
export function objectAfter(text: string, word: string, end: number): number {
  // Latin names of two letters or more ("v me", "face us" are not contacts).
  if (!/^[a-z][a-z0-9 ]+$/.test(word) || word === 'face') return 0;
  const object = word === 'signal' || word === 'line' ? ONLY_ME : word === 'wa' ? OBJECT_WA : OBJECT;
  return object.exec(text.slice(end, end + 8))?.[0].length ?? 0;
}

/**
 * What may follow an app that ends its phrase: punctuation, another script ("add 我 WS 啦"), or a word such
 * as "add WA for…", "add IG po", "add tele now".
 */
const CLOSER =
  /^\s*(?:$|[^\p{Script=Latin}\p{N}\s]|(?:for|to|now|po|na|ya|yah|kak|sis|lang|aja|saja|pls|please|me|us|kami|namin|sy|saya|nha|nhé|instead)\b)/iu;

/** Whether the app ending at `end` ends its phrase. */
export function closes(text: string, end: number): boolean {
  return CLOSER.test(text.slice(end, end + 10));
}

/** A search or follow right after a named app (小红书搜, 抖音上搜一下, 公众号关注). */
const SEARCH_AFTER = /^\s*(?:上面|里面|上|里)?\s*(?:搜索|搜一下|搜|查找|关注|search)/i;

export function searchAfter(text: string, word: string, end: number): number {
  if ([...word].length < 2 || !/^\p{Script=Han}/u.test(word)) return 0;
  return SEARCH_AFTER.exec(text.slice(end, end + 8))?.[0].length ?? 0;
}

/** A quoted or bracketed name right after the app: 公众号"居家好物社", IG「cozy room」. */
const QUOTED =
  /^\s*[:：]?\s*(?:"[^"\n]{2,24}"|“[^”\n]{2,24}”|「[^」\n]{2,24}」|『[^』\n]{2,24}』|《[^》\n]{2,24}》|【[^】\n]{2,24}】)/;

export function quotedAfter(text: string, end: number): number {
  return QUOTED.exec(text.slice(end, end + 32))?.[0].length ?? 0;
}

/** "search <name> on <app>": a search verb, a name, then on/in/sa/di/en/no before the app. */
const SEARCH_ON =
  /\b(?:(?:paki-?|i-)?search(?: for)?|look (?:for|us up)|find us|búscanos|buscanos|búscame|buscame|procure|cari|hanapin)\b(?:[^.!?。！？\n]|\.(?=\S)){1,40}?\b(?:on|in|sa|di|en|no|na|em)\s*$/iu;

/** Where the search verb starts, when the app starting at `start` ends a "search <name> on" frame. */
export function searchOnBefore(text: string, start: number): number {
  const from = Math.max(0, start - 60);
  const m = SEARCH_ON.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}

/** Whether the weak name `word` at [start, end) is used in an ordinary sense (依赖, face mask, tele lens). */
export function notApp(text: string, word: string, start: number, end: number): boolean {
  const guard = NOT_APP[word];
  if (!guard) return false;
  return (
    (guard.before?.test(text.slice(Math.max(0, start - 6), start)) ?? false) ||
    (guard.after?.test(text.slice(end, end + 12)) ?? false)
  );
}
