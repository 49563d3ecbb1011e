/**
 * A QR code next to an app stands for the account it opens: "LINEのQRコード", "라인 QR코드", "mã QR Zalo",
 * "código QR de WhatsApp", "คิวอาร์โค้ดไลน์", "WeChat 二维码". Read on the base view (lower case, simplified
 * Chinese, combining marks dropped: Thai คิวอาร์โค้ด is ควอารโคด there; precomposed ó, ã, ủ stay).
 */
import { indexAt, type Normalised } from '@/lib/detect/normalise';

/** "QR", "QR code" and its words in ja, ko, zh, th, es/pt, vi, id, fr. */
const QR =
  '(?:(?<![a-z0-9])qr(?:[\\s-]*(?:code|kode|码|コード|코드|โคด)|(?![a-z0-9]))|(?:キューアール|큐알|ควอาร)\\s*(?:コード|코드|โคด)?|二维码|(?<![a-z])(?:c[oó]digo(?:\\s+de)?|m[aã]|kode|code)\\s+qr(?![a-z0-9]))';
/** What may join an app and its QR code: の, 的, 의, de, do, da, del, của, ของ, blanks and colons. */
const JOIN = '[\\s:：]*(?:(?:の|的|의|ของ)|(?<![a-z])(?:de|do|da|del|c[uủ]a|dari)(?![a-z]))?[\\s:：]*';
const AFTER = new RegExp(`^${JOIN}${QR}`);
const BEFORE = new RegExp(`${QR}${JOIN}$`);

/** The original span [start, end) of app [start, end) with its QR code before or after it, if it has one. */
export function withQr(n: Normalised, start: number, end: number): [number, number] | undefined {
  const s = n.base.s;
  const from = indexAt(n.base, start);
  const to = indexAt(n.base, end);
  const after = AFTER.exec(s.slice(to, to + 24));
  const hit = after?.[0];
  if (hit?.trim()) return [start, n.base.end[to + hit.length - 1]!];
  const window = s.slice(Math.max(0, from - 24), from);
  const before = BEFORE.exec(window);
  if (before) return [n.base.start[from - window.length + before.index]!, end];
  return undefined;
}
