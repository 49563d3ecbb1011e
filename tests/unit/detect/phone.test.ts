import fc from 'fast-check';
import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { detectPhone, maskPhone, phonesInView } from '@/lib/detect/contact/phone';
import type { DetectorHit } from '@/lib/detect/detector';
import { createLinter } from '@/lib/detect/lint';
import { normalise } from '@/lib/detect/normalise';
import { contactPack } from './helpers';

const linter = createLinter([contactPack({ markets: ['CN', 'US', 'MY', 'SG', 'GB'] })]);
const phones = (text: string) => linter.lint(text).filter((f) => f.category === 'contact.phone');

describe('phone detector', () => {
  it.each([
    ['电话 13812345678', '13812345678'],
    ['我的电话 138 1234 5678 哦', '138 1234 5678'],
    ['138-1234-5678', '138-1234-5678'],
    ['+86 138 1234 5678', '+86 138 1234 5678'],
    ['幺三八一二三四五六七八', '幺三八一二三四五六七八'],
    ['壹叁捌壹贰叁肆伍陆柒捌', '壹叁捌壹贰叁肆伍陆柒捌'],
    [
      'call me: one three eight one two three four five six seven eight',
      'one three eight one two three four five six seven eight',
    ],
    ['１３８１２３４５６７８', '１３８１２３４５６７８'],
    ['①③⑧①②③④⑤⑥⑦⑧', '①③⑧①②③④⑤⑥⑦⑧'],
    ['call (415) 555-0132 now', '(415) 555-0132'],
    ['my number 415.555.0132', '415.555.0132'],
    ['WhatsApp +60 12-345 6789', '+60 12-345 6789'],
    ['vx13812345678', '13812345678'],
    ['order question? call 4155550132', '4155550132'],
    [
      'call four one five, five five five, zero one three two',
      'four one five, five five five, zero one three two',
    ],
    ['items: call me at 415 555 0132', '415 555 0132'],
    [
      '1\u200b3\u200b8\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8',
      '1\u200b3\u200b8\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8',
    ],
  ])('finds %s', (text, match) => {
    expect(phones(text).map((f) => f.match)).toEqual([match]);
  });

  it.each([
    '订单号 240512345678901',
    '您的订单 2405123456 已发货',
    'order #4155550132 shipped',
    'Order No. 13812345678',
    '运单 YT1234567890123',
    '快递单号：SF1234567890123',
    'tracking 1Z999AA10123456784',
    'LP00123456789012',
    'JD0012345678901',
    '价格 ¥1380.00',
    '$1,234,567.89',
    'RM 12345678',
    '尺寸 160 170 180 cm',
    '重量 12345678g',
    '2026-11-23 14:05',
    '2026年11月23日',
    '11/23/2026',
    '发货时间 14:05',
    '123456789012345678901',
    'SKU A12345678B',
    '数量 1234567 件',
    'Product link: https://www.dhgate.com/product/wireless-earbuds/123456789.html',
    'see shop.example.com/item?id=4155550132',
    'The HS code for customs is 8518300000.',
    'the DHL waybill 1234567890 will be uploaded',
    'QQ：2734567890',
    'this item 4155550132',
    'sizes 12,34,56,78',
  ])('ignores %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('offers a masked replacement', () => {
    expect(phones('电话 13812345678')[0]!.replacement).toBe('138****5678');
    expect(maskPhone('4155550132')).toBe('415***0132');
  });

  it('respects the pack markets', () => {
    const cnOnly = createLinter([contactPack({ markets: ['CN'] })]);
    // A Singapore mobile is not a Chinese number.
    expect(cnOnly.lint('81234567').filter((f) => f.category === 'contact.phone')).toEqual([]);
    const sg = createLinter([contactPack({ markets: ['SG'] })]);
    expect(sg.lint('call 8123 4567').filter((f) => f.category === 'contact.phone')).toHaveLength(1);
  });
});

describe('ids that look like phone numbers', () => {
  it.each([
    'il numero IMEI del telefono è 35 209811 223344 5',
    'référence du pressage 2C 068-15 442, pochette NM',
    'Model 8613 5724 is gen 2; the older 8613 5722 has no Bluetooth.',
    'The warranty card number 6012 3388 4471 is for the service centre.',
    'Il numero di serie è 4401 2278 9930, sotto la base.',
    'Mã bảo hành của chị là 0912 4471 0385 22 nhé',
    'Die Lagernummer steht auf dem Etikett: 0157-2291-448.',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });
  it('still reads the phone the same words lead to', () => {
    expect(phones('il numero del telefono è 347 123 4567').map((f) => f.match)).toEqual(['347 123 4567']);
    expect(phones('call my number 0161 496 0018').map((f) => f.match)).toEqual(['0161 496 0018']);
    expect(phones('Meine Telefonnummer: 0157 2291 4485').map((f) => f.match)).toEqual(['0157 2291 4485']);
    expect(phones('Festnetznummer: 0161 496 0018').map((f) => f.match)).toEqual(['0161 496 0018']);
    expect(phones('ping me after 6pm 0161 496 0018').map((f) => f.match)).toEqual(['0161 496 0018']);
  });
});

describe('phone windows', () => {
  const ctx = { ownDomains: [], markets: ['CN', 'US', 'MY'] };
  const whole = (text: string) => {
    const n = normalise(text);
    const hits: DetectorHit[] = [];
    phonesInView(n, n.digits(), ctx, hits);
    return hits;
  };

  it('finds what a search of the whole reply finds, in long replies with phones far apart', () => {
    const piece = fc.constantFrom(
      '电话 13812345678',
      'order 4155550132 shipped',
      'the order no. for the kids, as said: 4155550132',
      'my whatsapp, as I said: 4155550132 ok',
      '4155550132 is your order number',
      '13812345678 kg of rice in total',
      'call (415) 555-0132',
      'one three eight one two three four five six seven eight',
      '幺三八 一二三四 五六七八',
      'see https://shop.example.com/item/13812345678.html',
      ' 12 34 56 ',
      '¥1380000',
      '订单号 240101556677',
      '好的，谢谢亲',
      'thanks, ',
      'x'.repeat(150),
      '很'.repeat(120),
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join(' ');
        expect(detectPhone(normalise(text), ctx)).toEqual(whole(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('phone validation', () => {
  it('isValidPhoneNumber gives parsePhoneNumberFromString().isValid() on digit strings', () => {
    const regions = ['CN', 'US', 'MY', 'SG', 'GB', 'ID', 'TH', 'VN', 'PH', 'BR', 'MX'] as const;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^[0-9]{7,15}$/),
          fc.stringMatching(/^1[3-9][0-9]{9}$/),
          fc.stringMatching(/^1?[2-9][0-9]{2}[2-9][0-9]{6}$/),
          fc.stringMatching(/^0[1-9][0-9]{7,10}$/),
          fc.stringMatching(/^(?:60|65|44|62|66|84|63|55|52|86)[0-9]{7,11}$/),
        ),
        fc.constantFrom(...regions),
        (digits, region) => {
          expect(isValidPhoneNumber(digits, region)).toBe(
            parsePhoneNumberFromString(digits, region)?.isValid() ?? false,
          );
          expect(isValidPhoneNumber(`+${digits}`)).toBe(
            parsePhoneNumberFromString(`+${digits}`)?.isValid() ?? false,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
