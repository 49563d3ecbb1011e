import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack, matchesOf } from './helpers';

const linter = createLinter([contactPack()]);
const im = matchesOf(linter, 'contact.im');

describe('an app with its QR code', () => {
  it.each([
    ['友だち追加はこちら、ラインのQRコードです', 'ラインのQRコード'],
    ['Line QR-code is in the second photo', 'Line QR-code'],
    ['라인 큐알코드 찍어주세요', '라인 큐알코드'],
    ['quét m\u00e3 QR Zalo bên dưới nhé', 'mã QR Zalo'],
    ['te mando el código de QR de WA', 'código de QR de WA'],
    ['ส่งคิวอาร์โค้ด line ให้แล้วนะคะ', 'คิวอาร์โค้ด line'],
    ['tg 二维码在图里', 'tg 二维码'],
    ['WhatsApp QR code on the card', 'WhatsApp QR code'],
  ])('finds %s', (text, match) => {
    expect(im(text)).toEqual([match]);
  });

  it.each([
    'Scan the QR code on the box to register your warranty',
    'QRコードでお支払いいただけます',
    '상품 QR코드를 확인해 주세요',
    'el código QR de la etiqueta indica el lote',
    'The new product line is out; the QR code on the tag links to the manual',
    'Línea de producción con código QR',
  ])('stays silent on %s', (text) => {
    expect(im(text)).toEqual([]);
  });
});
