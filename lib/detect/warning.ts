/**
 * Scam warnings: a sentence that warns the buyer about contact or payment elsewhere ("beware of anyone
 * asking you to add them on WhatsApp", "谨防诈骗：让您加微信退款的都是骗子", "si quelqu'un vous contacte par
 * WhatsApp en notre nom, signalez-le") names the app to warn, not to invite. Only when the sentence gives no
 * way to reach anyone (no number, handle or link) and no invitation from the seller ("to avoid scams, add our
 * WhatsApp" still counts).
 */

const CUES = new RegExp(
  [
    'beware',
    'watch out for',
    'be careful of',
    'scam',
    'scammers?',
    'fraud\\w*',
    'impersonat\\w*',
    'in our name',
    'on our behalf',
    'report (?:it|them|this)',
    'fake (?:seller|account|agent|customer service)s?',
    'estafa\\w*',
    'cuidado con',
    'cuidado com',
    'en nuestro nombre',
    'golpe\\w*',
    'em nosso nome',
    'arnaque\\w*',
    'escroc\\w*',
    'en notre nom',
    'signalez',
    'betrug\\w*',
    'penipu\\w*',
    'hati-hati',
    'waspada',
    'abaikan',
    'mengatasnamakan',
    'i-report',
    'mag-ingat',
    'ระวัง',
    'giả mạo',
    'lừa đảo',
    'cẩn thận',
    'mạo danh',
    'มิจฉาชีพ',
    'หลอกลวง',
    'แอบอ้าง',
    'อ้างเป็น',
    'อ้างว่าเป็น',
    'мошенни\\w*',
    '谨防',
    '诈骗',
    '骗子',
    '冒充',
    '警惕',
    '举报',
    '防骗',
    '詐騙',
    '騙子',
  ].join('|'),
  'iu',
);
const REACH = /\d{5,}|[@＠]\s*\w|https?:|www\.|\.(?:com|net|me|io|cn)\b/i;
/** An invitation from the seller in the same sentence ("to avoid scams, add our WhatsApp") is no warning. */
const INVITE =
  /\b(?:add|contact|message|text|call|pay|send|reach|chat with|dm|follow)\s+(?:me|us|our|my)\b|\b(?:our|my)\s+(?:official\s+)?(?:whatsapp|wechat|telegram|line|zelle|paypal|venmo|cash ?app|number|account|channel|group)|加我|联系我|找我|私我|我们的(?:微信|v|qq)|我的(?:微信|v|qq)|我们(?:官方)?(?:微信|v信)/i;
const END = /[.!?。！？\n]/;
const THAI = /[\u0e00-\u0e7f]/;

/** Whether a sentence ends at text[i]: a sentence mark, or a blank between Thai letters (Thai's full stop). */
function endsAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return END.test(ch) || (ch === ' ' && THAI.test(text[i - 1] ?? '') && THAI.test(text[i + 1] ?? ''));
}

/** Whether [start, end) of `text` lies in a sentence that warns about scams and gives no way to reach anyone. */
export function inWarning(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !endsAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsAt(text, to)) to++;
  const sentence = text.slice(from, to);
  return CUES.test(sentence) && !REACH.test(sentence) && !INVITE.test(sentence);
}
