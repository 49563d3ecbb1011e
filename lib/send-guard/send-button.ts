import type { Box } from '@/lib/editor/types';

/**
 * What the send-control finder knows of one element a click went through (read from the page by
 * lib/content/send-control.ts). Pure data, so the heuristic is tested on snippets without a browser.
 */
export interface ControlFacts {
  /** Lower-case tag name. */
  tag: string;
  role: string | null;
  /** `type` of an input or button. */
  type: string | null;
  /** Its visible text (an input's value), spaces collapsed. */
  text: string;
  /** What it says to assistive technology and on hover: aria-label, title, alt, an svg's <title>. */
  labels: string[];
  /** Names a developer gave it: id, class names, name, data-* attribute names and values, icon hrefs. */
  hooks: string[];
  /** Shows a pointer cursor, or has an inline onclick or a tabindex: the page makes it clickable. */
  pointer: boolean;
  /** Its box on screen. */
  box: Box;
  /** It contains the editor (a composer wrapper), or sits inside it. */
  holdsEditor: boolean;
}

/** How far from the editor's box a send control may be. */
export const NEAR_PX = 240;
/** A send control is a control, not a panel. */
const MAX_WIDTH = 260;
const MAX_HEIGHT = 120;

/** Send words in the portals' languages: en, zh, th, vi, id, pt, es (and a few neighbours). */
const SEND_WORDS = [
  'send',
  'send message',
  'send reply',
  'reply',
  'submit',
  'post',
  '发送',
  '發送',
  '傳送',
  '发出',
  '送出',
  '发送消息',
  '發送訊息',
  '回复',
  '回覆',
  'ส่ง',
  'ส่งข้อความ',
  'gửi',
  'gửi tin nhắn',
  'kirim',
  'kirim pesan',
  'enviar',
  'enviar mensagem',
  'enviar mensaje',
  'envie',
  'responder',
  'senden',
  'envoyer',
  'invia',
  '送信',
];

/** Tokens in developers' names that say "send". */
const SEND_TOKENS = new Set([
  'send',
  'snd',
  'sendmsg',
  'sendbtn',
  'submit',
  'fasong',
  'enviar',
  'kirim',
  'paperplane',
]);

/**
 * Words for something else than the reply that a nearby control may "send": a picture, a product card,
 * a voucher, an invoice… A control that names one of these is not the reply's send control.
 */
const OTHER_OBJECTS = [
  'invoice',
  'image',
  'img',
  'picture',
  'pic',
  'photo',
  'file',
  'attachment',
  'attach',
  'emoji',
  'sticker',
  'product',
  'goods',
  'item',
  'voucher',
  'coupon',
  'order',
  'offer',
  'video',
  'location',
  'card',
  'link',
  'email',
  'mail',
  'receipt',
  'gift',
  '图片',
  '圖片',
  '文件',
  '表情',
  '商品',
  '优惠券',
  '優惠券',
  '订单',
  '訂單',
  '发票',
  '發票',
  '视频',
  '視頻',
  '链接',
  '連結',
  '邮件',
  '郵件',
  'รูป',
  'ไฟล์',
  'ใบแจ้งหนี้',
  'hình',
  'ảnh',
  'tệp',
  'hóa đơn',
  'gambar',
  'foto',
  'berkas',
  'faktur',
  'imagem',
  'imagen',
  'arquivo',
  'archivo',
  'fatura',
  'factura',
  'cupom',
  'cupón',
  'pedido',
];

/** A label as a word list: lower case, shortcut hints "(Enter)" and symbols gone, spaces collapsed. */
function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a label says "send" and nothing else (a shortcut hint or an arrow may follow). */
export function isSendLabel(label: string): boolean {
  return SEND_WORDS.includes(normaliseLabel(label));
}

/** True when a label names something else than the reply ("Send invoice", "发送图片"). */
function namesOtherObject(text: string): boolean {
  const normal = normaliseLabel(text);
  return OTHER_OBJECTS.some((word) =>
    /^[a-z]/.test(word) ? new RegExp(`(^|[^a-z])${word}s?([^a-z]|$)`).test(normal) : normal.includes(word),
  );
}

/** Splits developers' names into lower-case words: "webchat-message-send", "sndBtn9" → webchat, message, send; snd, btn. */
export function hookTokens(hook: string): string[] {
  return hook
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function hookSaysSend(hooks: readonly string[]): boolean {
  return hooks.some((hook) => {
    const tokens = hookTokens(hook);
    if (tokens.some((token) => SEND_TOKENS.has(token))) return true;
    return tokens.some((token, i) => token === 'paper' && tokens[i + 1] === 'plane');
  });
}

function hookNamesOther(hooks: readonly string[]): boolean {
  return hooks.some((hook) => hookTokens(hook).some((token) => OTHER_OBJECTS.includes(token)));
}

/** Pixels between two boxes (0 when they touch or overlap). */
export function boxGap(a: Box, b: Box): number {
  return Math.max(
    b.left - (a.left + a.width),
    a.left - (b.left + b.width),
    b.top - (a.top + a.height),
    a.top - (b.top + b.height),
    0,
  );
}

/** A control the page means to be clicked: a button or link, role=button, an icon, or a pointer cursor. */
function isClickable(facts: ControlFacts): boolean {
  if (['button', 'a', 'i', 'svg'].includes(facts.tag)) return true;
  if (facts.tag === 'input') return ['submit', 'button', 'image'].includes(facts.type ?? '');
  return facts.role === 'button' || facts.pointer;
}

/** Only a glyph or nothing: an icon. Its developer's names are all it says. */
const isIconOnly = (facts: ControlFacts) => !/[\p{L}\p{N}]/u.test(facts.text);

/** An icon's size at most, and how close to the editor it sits when only its place tells. */
const ICON_PX = 64;
const TOUCHING_PX = 80;

/**
 * Right beside the editor's right edge, or below the editor's right end: where chat apps put a send
 * icon that carries no name at all (Shopee's hashed `<i>`). An icon there that names something else
 * (emoji, picture) is excluded before this is asked.
 */
function atTrailingCorner(box: Box, editor: Box): boolean {
  if (box.width > ICON_PX || box.height > ICON_PX || boxGap(box, editor) > TOUCHING_PX) return false;
  const right = editor.left + editor.width;
  const bottom = editor.top + editor.height;
  const beside = box.left >= right - 2 && box.top < bottom && box.top + box.height > editor.top;
  const below = box.top >= bottom - 2 && box.left + box.width >= right - ICON_PX;
  return beside || below;
}

/**
 * Whether a clicked element is the reply's send control: clickable, control-sized, near the editor,
 * not wrapped around it, naming nothing else to send (an invoice, a picture, a voucher), and saying
 * "send" in its text or labels (the whole label: "Send", "发送", "Gửi tin nhắn"); or an icon that
 * says it in its developer's names (`data-cy="…-send"`, `sndBtn`, `im-icon-paper-plane`) or, with no
 * name at all, sits at the editor's trailing corner.
 */
export function isSendControl(facts: ControlFacts, editor: Box): boolean {
  if (facts.holdsEditor || !isClickable(facts)) return false;
  if (facts.box.width > MAX_WIDTH || facts.box.height > MAX_HEIGHT) return false;
  if (boxGap(facts.box, editor) > NEAR_PX) return false;
  const words = [facts.text, ...facts.labels].filter(Boolean);
  if (words.some(namesOtherObject) || hookNamesOther(facts.hooks)) return false;
  if (words.some(isSendLabel)) return true;
  // An icon labelled as something else ("Emoji") is that.
  if (!isIconOnly(facts) || facts.labels.length > 0) return false;
  return hookSaysSend(facts.hooks) || atTrailingCorner(facts.box, editor);
}
