/**
 * The words of the contact grammar (lib/detect/contact/grammar.ts), by the part they play:
 * - `strong`: an app named plainly; fires alone (微信, WhatsApp, Telegram).
 * - `slang`: a nickname that is also an ordinary word (企鹅 for QQ, 飞机 for Telegram); fires with a verb
 *   or a handle, or standing alone as its own phrase ("企鹅，价低").
 * - `weak`: a short alias (微, v, q, tg, wa, line, 扣); fires only with a verb or a handle.
 * - `verb`: a contact verb (加, ➕, 留个, 找我, 私我, 搜, add me, hit me up, text me, DM me, hubungi, nhắn).
 * Apps can also be named by sound (the im rule's `sounds`: 薇信, 维心, 蔻蔻, 秋秋): those are weak.
 */

export type Part = 'strong' | 'slang' | 'weak' | 'verb';

export const WORDS: Record<Part, readonly string[]> = {
  strong: [
    '微信',
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
    '蔻蔻',
    '企鹅号',
    'qq',
    'qq号',
    'qq群',
    'whatsapp',
    'whats app',
    'watsapp',
    'wa.me',
    'telegram',
    '电报',
    '纸飞机',
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
    '绿色软件',
    '绿色app',
    '绿泡泡',
  ],
  slang: ['企鹅', '飞机', '小飞机', '卫星', '小绿', '绿色的'],
  weak: [
    '小号',
    '客服号',
    '微',
    '威',
    '薇',
    '喂',
    'v',
    'vv',
    'vvv',
    'vvvv',
    'q',
    'q群',
    'v群',
    'vx群',
    '微信群',
    '扣',
    '群',
    '群号',
    'line',
    'tg',
    'tele',
    'ig',
    'fb',
    'wa',
    'signal',
    'messenger',
    'dm',
  ],
  verb: [
    '加我',
    '加',
    '加个',
    '加一下',
    '加你',
    '+',
    '+我',
    '留个',
    '留一下',
    '留下',
    '留',
    '找我',
    '找',
    '私我',
    '私信我',
    '私聊我',
    '私',
    '搜',
    '搜一下',
    '搜索',
    '联系',
    '联系我',
    '咨询',
    '滴滴我',
    '戳我',
    'add me',
    'add me on',
    'add us on',
    'contact me on',
    'contact us on',
    'contact me',
    'message me on',
    'message me',
    'text me on',
    'text me',
    'dm me',
    'inbox me',
    'ping me',
    'hit me up',
    'hmu',
    'reach me on',
    'reach me',
    'find me on',
    'chat with me on',
    'via',
    'lewat',
    'hubungi',
    'nhắn',
    'nhắn tin',
    'qua',
    'liên hệ',
    'kết bạn',
  ],
};

/**
 * Weak names that need a handle with a digit: "q: what size?" is a question and "DM = direct message" a
 * definition, "q：867056058" is QQ.
 */
export const STRICT_ALIASES: ReadonlySet<string> = new Set(['v', 'q', 'dm']);

/** Verbs that must touch the app or the handle (加急, 留言, 找到, 私下 are ordinary words). */
export const TOUCHING_VERBS: ReadonlySet<string> = new Set(['加', '留', '找', '私', '搜', '咨询']);

/** Characters before a bare 加 that make it part of a word (增加, 追加, 添加…), not "add me". */
export const WORD_BEFORE_ADD = /[增追添附参更外施叠强累相倍]/;

/** Words after an app name that make it a payment channel, not a contact (微信支付, 微信余额, WhatsApp Pay). */
export const PAY_AFTER = /^\s*(?:支付|钱包|红包|转账|付款|余额|零钱|收款|pay\b|payment)/;
