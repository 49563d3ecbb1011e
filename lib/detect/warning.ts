/**
 * Scam warnings: a seller who warns the buyer about contact or payment elsewhere names the app to warn, not to
 * invite ("beware of anyone asking you to add them on WhatsApp", "如果有人冒充客服让您加微信……都是骗子", "perfis
 * falsos pedindo Pix fora do app", "ignore anyone who asks you to pay by Zelle"). The frame has two parts:
 * - an impostor in the finding's sentence (scammer, fake page, 冒充, golpe, penipu, lừa đảo, мошенники…), or
 * - a third party asking ("anyone who asks you", 如果有人, jika ada yang, si alguien…) with an instruction to
 *   ignore or report in that sentence or the one next to it (ignore, report, abaikan, 不要理会, denuncie…).
 * It holds only while the sentence gives no way to reach anyone (number, handle, link) and no invitation from
 * the seller to somewhere off the platform ("to avoid scams, add my WhatsApp 0812…" still counts).
 */

import { sentenceAt, THAI } from './sentence';

const re = (words: string[]) => new RegExp(words.join('|'), 'iu');

/** "They have nothing to do with us": a disavowal, in the sentence or the one next to a third party asking. */
const DISAVOWAL = [
  'nothing to do with us',
  "(?:did not|didn't|does not|doesn't) come from us",
  "ce n['’]est pas nous",
  'no somos nosotros',
  'não somos nós',
  "(?:was|were|is|are)(?: not|n't) (?:sent |written )?(?:by|from) (?:us|me)",
  'not affiliated with us',
  'bizimle (?:hiçbir )?ilgi\\w*',
  'لا علاقة لنا',
  'ليست? منا',
  'не име\\w* (?:к (?:нам|ним) )?(?:никакого )?отношения',
  'nie mamy z (?:nimi|tym) nic wspólnego',
  'tidak ada hubungan\\w* dengan kami',
  '[与與](?:我们|我們|本店)[无無][关關]',
  '和(?:我们|我們|本店)[无無][关關]',
];

/** Someone who is not the seller: impostors, scammers, fake accounts. */
const IMPOSTOR = re([
  'beware',
  'watch out for',
  'be careful of',
  'scam',
  'scammers?',
  'fraud\\w*',
  'impersonat\\w*',
  'impostors?',
  'pretend(?:s|ing)? to be',
  'posing as',
  'claim(?:s|ing)? to be',
  'in our name',
  'on our behalf',
  'using our (?:shop|store|brand)?\\s?name',
  'fake (?:seller|account|page|profile|agent|admin|customer service|store|shop|e-?mail|message|text|call|link|site|website|invoice|sms|number)s?',
  'phishing',
  'report (?:it|them|this)',
  // es, pt
  'estafa\\w*', // not Estafeta (a carrier)
  'cuidado con',
  'cuidado com',
  'en nuestro nombre',
  'haci[eé]ndose pasar',
  'perfil(?:es)? fals[oa]s?',
  'cuentas? fals[oa]s?',
  'golpe\\w*',
  'golpista\\w*',
  'fingindo ser',
  'fingiendo ser',
  'em nosso nome',
  'se passando por',
  'perf(?:il|is) fals[oa]s?',
  'contas? fals[oa]s?',
  'usando o nome',
  // fr, de, it, pl, tr
  'arnaque\\w*',
  'faux (?:messages?|comptes?|profils?|vendeurs?|e-?mails?|sms|liens?|sites?)',
  'escroc\\w*',
  'en notre nom',
  'se faisant passer',
  'signalez',
  'betrug\\w*',
  'betrüger\\w*',
  'truff\\w*',
  'oszu\\w*',
  'dolandırıc\\w*',
  'ad[ıi]n[ıi] kullan\\w*',
  'sahte (?:hesap|sayfa|profil)\\w*',
  // ar, ru, pl: fraudsters, fake accounts, in our name, pretending to be the shop
  'محتال\\w*',
  'احتيال',
  'نصاب\\w*',
  'مزيف\\w*',
  'باسمنا',
  'اسم (?:متجرنا|المتجر)',
  'ينتحل\\w*',
  'выда[ёюе]т себя за',
  'выдающ\\w* себя',
  'поддельн\\w*',
  'фейков\\w*',
  'от нашего имени',
  'обманщик\\w*',
  'podszyw\\w*',
  'w naszym imieniu',
  'fałszyw\\w*',
  // id, ms, tl
  'penipu\\w*',
  'hati-hati',
  'waspada',
  'abaikan',
  'mengatasnamakan',
  'mengaku(?:-ngaku)?',
  'akun palsu',
  'i-report',
  'mag-ingat',
  'manloloko',
  'oknum',
  'atas nama (?:toko|kami)',
  // th, vi, ru
  'ระวัง',
  'มิจฉาชีพ',
  'หลอกลวง',
  'แอบอ้าง',
  'อ้างเป็น',
  'อ้างว่าเป็น',
  'giả mạo',
  'lừa đảo',
  'cẩn thận',
  'mạo danh',
  'giả danh',
  'tự xưng',
  'мошенни\\w*',
  'от имени магазина',
  // zh
  '谨防',
  '诈骗',
  '骗子',
  '冒充',
  '假冒',
  '自称',
  '警惕',
  '举报',
  '防骗',
  '詐騙',
  '騙子',
  '謹防',
  '冒充',
  '假冒',
  '自稱',
  '舉報',
  '檢舉',
  '防騙',
  'อ้างชื่อ',
  ...DISAVOWAL,
]);

/** The buyer called a scammer ("you cheap scammer", "you're a fraud"): an insult, not a warning about others. */
const AT_BUYER =
  /\byou(?:\s+are|['’]re)?\s+(?:an?\s+)?(?:(?!(?:from|against|about|of|for|to|with)\b)\w+\s+)?(?:scam(?:mer)?|fraud(?:ster)?|liar|thief|cheat(?:er)?)s?\b/giu;

/** A third party asking the buyer: "anyone who asks you", 如果有人, si alguien, jika ada yang. */
const REQUESTER = re([
  '\\b(?:anyone|anybody|someone|somebody|people|accounts?|messages?|pages?) (?:who|that|which)? ?(?:asks?|asking|tells?|telling|contacts?|contacting|messages?|requests?|wants?)',
  '\\bif (?:anyone|anybody|someone|somebody|you get|you receive)',
  '\\basking (?:you|them|buyers|customers|people) to',
  'si (?:alguien|alguno|recibe|recibes)',
  'quien(?:es)? (?:te|le|les) pida',
  'se (?:alguém|alguem|receber)',
  'quem (?:te |lhe )?pedir',
  'pedindo',
  "si quelqu['’]un",
  'wenn (?:jemand|sie eine nachricht)',
  'jeśli ktoś',
  'jezeli ktos',
  'eğer biri',
  '(?:isteyen|teklif eden|yazan|arayan|iletişime geçen) (?:kişi|hesap)\\w*',
  'من يطلب',
  '(?:أي )?رسال[ةه] تطلب',
  'رسائل تطلب',
  'إذا طلب (?:منك )?(?:أحد|شخص)',
  'kto(?:kolwiek| tylko)? (?:o to )?prosi',
  'yang meminta',
  'jika ada (?:yang|pihak)',
  'kalau ada (?:yang|pihak)',
  'apabila ada',
  'kung may (?:mag|nag)',
  'nếu có (?:ai|người)',
  'หากมี(?:ใคร|คน)',
  'ถ้ามี(?:ใคร|คน)',
  'если (?:кто-то|кто-нибудь|вам пишут)',
  '如果有人',
  '若有人',
  '不審な(?:メッセージ|連絡|メール|電話|アカウント|sms)',
  '有人(?:让|叫|要求)',
  '凡是',
  '任何(?:人|让)',
]);

/** The seller saying it never asks for such a thing. */
const NEVER_ASKS = re([
  "\\b(?:never|will not|won['’]t|do not|don['’]t|does not|doesn['’]t)\\s+(?:\\w+\\s+){0,2}?(?:ask|request|require|contact)",
  '(?:从不|绝不|不会)(?:要求|让|叫|主动)',
  'nunca (?:le |te |lhe )?(?:pedimos|pediremos|pedirá|pede|pedirá)',
  'jamais',
  'tidak akan pernah',
  'tidak pernah (?:meminta|minta)',
  'không bao giờ',
  'hindi (?:kailanman|kami) (?:hihingi|magtatanong)',
  'никогда не (?:просим|попросим|требуем)',
  'ことは(?:一切|決して|絶対に)?(?:ございません|ありません)',
  '(?:一切|決して)(?:ございません|ありません|いたしません|しません)',
  'niemals',
  'nigdy nie',
  'asla',
]);

/** An instruction to ignore or report, or to stay here. */
const INSTRUCTION = re([
  '\\bignore\\b',
  '\\breport\\b',
  '\\bblock (?:them|it|the)',
  "\\b(?:do not|don't|never) (?:reply|respond|pay|send|click|transfer)",
  'not us\\b',
  'ign[oó]r\\w*',
  'den[uú]nci\\w*',
  'bloque\\w*',
  'signalez',
  'signaler',
  'melden',
  'zgłoś',
  'laporkan',
  'lapor',
  'abaikan',
  'i-block',
  'huwag (?:pansinin|sagutin|magbayad)',
  'bỏ qua',
  '(?:ご)?(?:報告|通報)(?:して)?(?:ください|下さい)',
  '無視して',
  'báo cáo',
  'đừng (?:chuyển|trả lời|thanh toán)',
  'ไม่ต้อง(?:สนใจ|ตอบ|โอน)',
  'แจ้ง',
  'игнорир\\w*',
  'не отвечайте',
  'не переводите',
  '不要理[会會睬]',
  '[别別]理',
  '不用理',
  '不要[转轉][账賬帳]',
  '不要[汇匯]款',
  '[举舉]报',
  '[举舉]報',
  '[检檢]举',
  '[检檢]舉',
  '都是[骗騙]子',
  'อย่า(?:โอน|จ่าย|ตอบ|กด|คลิก|สนใจ|หลงเชื่อ)',
  ...DISAVOWAL,
]);

const REACH = /\d{5,}|[@＠]\s*\w|https?:|www\.|\.(?:com|net|me|io|cn|gle|ly|ee)\b/i;
/** An invitation from the seller ("to avoid scams, add our WhatsApp"); `ON_PLATFORM` takes back one to this chat. */
const INVITE =
  /\b(?:add|contact|message|text|call|pay|send|reach|chat with|dm|follow)\s+(?:me|us|our|my)\b|\b(?:our|my)\s+(?:official\s+)?(?:whatsapp|wechat|telegram|line|zelle|paypal|venmo|cash ?app|number|account|channel|group)|me chama|chama a gente|fale comigo|escr[ií]b[ea]nos|hubungi (?:kami|saya|admin)|liên hệ (?:shop|mình)|加我|联系我|找我|私我|我们的(?:微信|v|qq)|我的(?:微信|v|qq)|我们(?:官方)?(?:微信|v信)/i;
const ON_PLATFORM =
  /(?:in|through|via|on) (?:this|the|our) (?:chat|app)\b|\bhere in\b|aqui (?:no|pelo) chat|aqu[ií] (?:en|por) (?:el|este) chat|di (?:chat ini|sini)|ở đây|聊天窗口|平台(?:内|上)|在线客服|在这里/i;
const CLAUSE_MARK = /[,，、;；:：]/;
/** Whether a sentence invites the buyer somewhere off this chat (an invitation to this chat, in its clause, is none). */
function invites(sentence: string): boolean {
  const m = INVITE.exec(sentence);
  if (m === null) return false;
  let from = m.index;
  while (from > 0 && !CLAUSE_MARK.test(sentence[from - 1]!)) from--;
  let to = m.index + m[0].length;
  while (to < sentence.length && !CLAUSE_MARK.test(sentence[to]!)) to++;
  return !ON_PLATFORM.test(sentence.slice(from, to));
}

/** The sentences just after and just before [from, to). */
function neighbours(text: string, from: number, to: number): string[] {
  const next = to < text.length ? text.slice(to + 1, sentenceAt(text, to + 1, to + 1)[1]) : '';
  const previous = from > 0 ? text.slice(sentenceAt(text, from - 1, from - 1)[0], from - 1) : '';
  return [next, previous];
}

/** Whether a sentence gives a way to reach anyone (a number, a handle, a link) or invites off this chat. */
export function reaches(sentence: string): boolean {
  return REACH.test(sentence) || invites(sentence);
}

/** Whether [start, end) of `text` lies in a sentence that warns about scams and gives no way to reach anyone. */
export function inWarning(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAt(text, start, end);
  const sentence = text.slice(from, to);
  if (reaches(sentence)) return false;
  if (IMPOSTOR.test(sentence.replace(AT_BUYER, ' '))) return true;
  const quiet = (s: string) => !reaches(s);
  // Thai blanks end clauses, not sentences: the impostor may be named in the clause next to it.
  if (THAI.test(sentence) && neighbours(text, from, to).some((s) => IMPOSTOR.test(s) && quiet(s)))
    return true;
  // "We will never ask you to pay by PayNow or Telegram. If anyone does, report it.": the seller disowns the
  // request, and the next sentence has the third party and the instruction.
  if (
    NEVER_ASKS.test(sentence) &&
    neighbours(text, from, to).some((s) => REQUESTER.test(s) && INSTRUCTION.test(s) && quiet(s))
  )
    return true;
  if (!REQUESTER.test(sentence)) return false;
  if (INSTRUCTION.test(sentence)) return true;
  // The instruction may sit in the sentence next to it ("…asks you to pay by Zelle. Please report them.").
  return neighbours(text, from, to).some((s) => (INSTRUCTION.test(s) || IMPOSTOR.test(s)) && quiet(s));
}
