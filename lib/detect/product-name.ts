/**
 * An app's name as part of a product's: a model "Telegram Mini 2" in quotes, a "Viber" sticker on the box, a
 * code TG-0812-3345 after the word for model, calls through it as a headset's feature. The name labels a thing
 * the buyer holds or what it does; it invites nobody.
 * Read only for contact.im, and only while the sentence gives no way to reach anyone (warning.ts `reaches`).
 * Pure.
 */
import { sentenceAt } from './sentence';
import { reaches } from './warning';

const OPEN = /(?:(?:^|[\s(])["']|[“‘„«「『])\s*(?:[\p{L}\d-]{2,14}\s+){0,2}$/u;
/** After a quoted name: more of the product's name, or what the name is printed on. */
const PRODUCT_AFTER =
  /^(?:\s+(?:mini|pro|max|plus|lite|ultra|edition|series|model|[a-z]?\d+[a-z]?)\b[^"”»」』'’]{0,20}["”»」』'’]|["”»」』'’]\s*(?:sticker|logo|label|print|brand|edition|model|case|design|pattern|(?:greeting\s+)?card|song|game|toy|mug|poster|figure|book|costume|na sticker|sticker na|стикер|наклейк\S*|aufkleber|etiqueta|autocollant|สติกเกอร์|贴纸|标志|图案))/iu;
/** The word for model (or item code) right before a code. */
const MODEL_BEFORE =
  /(?:\bmodel(?:o|e|l)?|\bmod\.|\bart\.|\bsku|\bref\.?|รุ่น|型号|款号|mẫu|модель|artikel|artículo)\s*[:：#]?\s*$/iu;
/** A code: the app's letters with digits, joined by dashes or glued (TG-0812-3345, WA2024). */
const CODE = /^[a-z]{1,12}[-_]?[a-z0-9-]*\d[a-z0-9-]*/i;

/** A thing named by the app's name: "the Telegram font", "a WhatsApp sticker pack". */
const THING_AFTER =
  /^\s(?:font|typeface|poster|replica|print|sticker|decal|logo|design|style|pattern|theme|costume|mug|shirt|t-shirt|hoodie|case|cover|keychain|plush|toy)s?\b/i;
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an|this|that|our|your)\s+$/i;
/** An old thing the name still means: "an original 1944 Western Union telegram", "a vintage telegram". */
const OLD_BEFORE =
  /(?:\b(?:vintage|antique|old|original|replica|historic|retro|classic|genuine)|\b1[89]\d\d|\bwestern union)\s+(?:\S+\s+)?$/i;

/** A call made through the app, as a device's feature: "nghe nhạc hay gọi Zalo đều được", "WhatsApp calls". */
const CALL_BEFORE =
  /(?:\bgọi(?:\s+video)?|\bnghe\s+gọi|\bcalls\s+(?:on|via|over|through)|\bvideo\s*calls\s+(?:on|via|over)|\bllamadas?\s+(?:de|por|en)|\bchamadas?\s+(?:de|por|no|pelo)|\bappels?\s+(?:sur|via)|\banrufe?\s+(?:über|per))\s+$/iu;
const CALL_AFTER = /^\s+(?:(?:voice|video)\s+)?(?:calls?|calling)\b/i;
/** …unless the call goes to the seller: "gọi Zalo cho shop", "call WhatsApp to us". */
const TO_SELLER = /^\s+(?:cho\s+(?:shop|em|mình|bên)|to\s+(?:me|us)|with\s+(?:me|us)|me\b|us\b)/iu;
const DEVICE =
  /bluetooth|tai nghe|headphones?|earbuds?|earphones?|headset|microphone|\bmic\b|speakers?|\bloa\b|smartwatch|đồng hồ|hands-?free|kopfhörer|auriculares|fones? de ouvido|écouteurs|casque/iu;

/** Whether the app name at [start, end) of `text` is part of a product's name, model or print. */
export function namedAsProduct(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAt(text, start, end);
  const before = text.slice(Math.max(0, start - 12), start);
  const code = MODEL_BEFORE.test(before) ? CODE.exec(text.slice(start, start + 32)) : null;
  const cut = code ? Math.max(end, start + code[0].length) : end;
  if (reaches(text.slice(from, start) + text.slice(cut, to))) return false;
  if (code) return true;
  const after = text.slice(end, end + 32);
  const near = text.slice(Math.max(0, start - 40), start);
  if (ARTICLE_BEFORE.test(near) && THING_AFTER.test(after)) return true;
  if (/^telegrams?$/i.test(text.slice(start, end)) && OLD_BEFORE.test(near)) return true;
  const call = CALL_AFTER.exec(after)?.[0] ?? '';
  const toSeller = TO_SELLER.test(after.slice(call.length));
  if ((CALL_BEFORE.test(near) || call) && !toSeller && DEVICE.test(text.slice(from, to))) return true;
  return OPEN.test(before) && PRODUCT_AFTER.test(after);
}
