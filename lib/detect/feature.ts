/**
 * Apps named as a device's features: a smartwatch that "shows notifications from WhatsApp, Telegram and
 * WeChat", 手环支持微信消息提醒, a band that syncs with an app, a phone with Zalo pre-installed (cài sẵn): the
 * sentence names a device and what it does
 * with the app, it invites nobody. Read only for contact.im, and only while the sentence gives no way to reach anyone and
 * no invitation (warning.ts `reaches`). Pure.
 */
import { sentenceAt } from './sentence';
import { reaches } from './warning';

const FEATURE = new RegExp(
  [
    '\\bnotifications?\\b',
    '\\b(?:message|call|app) (?:alerts?|reminders?)\\b',
    '\\bcompatible with\\b',
    '\\bapps like\\b',
    '\\bvideo calls? (?:on|in|over|via)\\b',
    '\\bworks with\\b',
    '\\bsyncs? (?:with|to)\\b',
    'notifica(?:ciones|ções|coes|tions|zioni)',
    'benachrichtigung\\w*',
    'powiadomie\\w*',
    'bildirim\\w*',
    'notifikasi',
    'thông báo',
    'แจ้งเตือน',
    'уведомлени\\w*',
    '(?:消息|来电|信息|通知)(?:提醒|推送)',
    '消息通知',
    '알림',
    // apps that come installed on the device
    '\\bpre-?installed\\b',
    'cài sẵn',
    'vorinstalliert\\w*',
    'pr[eé]-?instalad[oa]s?',
    'préinstallée?s?',
    'preinstallat[oaie]',
    'sudah terinstal',
    '预装',
    '内置',
  ].join('|'),
  'iu',
);
/** …of a device: the product is the subject, not the seller. */
const DEVICE = new RegExp(
  [
    '\\b(?:smart ?)?watch(?:es)?\\b',
    '\\b(?:fitness |smart )?(?:band|bracelet|tracker)s?\\b',
    '\\b(?:ear ?buds|earphones?|headphones?|headset|speaker|display|screen|device|glasses|router|modem|firmware|tablet|camera|webcam|tv)\\b',
    '\\b(?:jam|jam tangan|reloj|relógio|montre|uhr|zegarek|saat|đồng hồ)\\b',
    '\\b(?:smart)?phones?\\b|điện thoại|\\bmáy\\b|ponsel|手机',
    'นาฬิกา',
    'часы',
    '(?:手表|手环|耳机|音箱|屏幕|设备)',
    '(?:시계|워치)',
    '(?:時計|ウォッチ)',
  ].join('|'),
  'iu',
);

/** A sentence about the thing named before it. */
const PRONOUN = /^\s*(?:it|this|they|these|este|esta|ele|ela|il|elle|es|sie|dia|nó|它|该|這|这)(?![\p{L}])/iu;

/** Whether [start, end) of `text` lies in a sentence that describes a product's features. */
export function inFeature(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAt(text, start, end);
  const sentence = text.slice(from, to);
  if (!FEATURE.test(sentence) || reaches(sentence)) return false;
  if (DEVICE.test(sentence)) return true;
  // "The watch pairs with FitPro. It shows notifications from WhatsApp…": the device named just before.
  if (!PRONOUN.test(sentence) || from === 0) return false;
  const [before] = sentenceAt(text, from - 1, from - 1);
  return DEVICE.test(text.slice(before, from));
}
