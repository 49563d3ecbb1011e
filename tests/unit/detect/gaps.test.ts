import { describe, expect, it } from 'vitest';
import { createLinter, extendOverMarks } from '@/lib/detect/lint';
import { contactPack, pack } from './helpers';

const linter = createLinter([
  contactPack(),
  pack([{ id: 'scripts', category: 'custom', terms: ['ไลน์', 'ไลน', 'नमस्ते', 'phê'.normalize('NFD')] }], {
    id: 'scripts',
  }),
]);
const find = (text: string, category: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === category)
    .map((f) => {
      expect(text.slice(f.start, f.end)).toBe(f.match);
      return f.match;
    });

describe('combining marks after the last matched character', () => {
  it.each([
    ['ไลน์', 'ไลน์'],
    ['ทักไลน์มาได้', 'ไลน์'],
    ['नमस्ते जी', 'नमस्ते'],
    // Vietnamese with decomposed diacritics (NFD): the tone mark after the last letter.
    ['cà phê sữa'.normalize('NFD'), 'phê'.normalize('NFD')],
  ])('%s', (text, match) => {
    const found = find(text, 'custom');
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m).toBe(match);
  });
  it('extends over several marks and stops at the next base character', () => {
    expect(extendOverMarks('a\u0301\u0323b', 1)).toBe(3);
    expect(extendOverMarks('ab', 1)).toBe(1);
    expect(extendOverMarks('ไลน์มา', 3)).toBe(4);
  });
  it('im detector spans keep the mark too', () => {
    const nfd = 'nhắn zalo'.normalize('NFD');
    for (const f of linter.lint(nfd)) expect(nfd.slice(f.start, f.end)).toBe(f.match);
  });
});

describe('spoken e-mail needs a mailbox, not prose', () => {
  it.each([
    'item page at walmart.com/ip/123',
    'see it at amazon.com/dp/B0123',
    'order at shopee.co.id',
    'see it at amazon.com',
    'find us at myshop.com today',
    'visit our store at lazada.com.my',
    'the listing at ebay.com/itm/1234',
  ])('%s: no e-mail', (text) => {
    expect(find(text, 'contact.email')).toEqual([]);
  });
  it.each([
    ['shop at gmail dot com', 'shop at gmail dot com'],
    ['write to shop123 at gmail.com', 'shop123 at gmail.com'],
    ['lucky.store at qq.com.', 'lucky.store at qq.com'],
    ['email me: best_shop at hotmail.com', 'best_shop at hotmail.com'],
  ])('%s', (text, match) => {
    expect(find(text, 'contact.email')).toEqual([match]);
  });
});

describe('im handle forms', () => {
  it.each([
    ['WA 0813-1234-5678', 'WA 0813-1234-5678'],
    ['hubungi wa: 08123456789 ya', 'hubungi wa: 08123456789'],
    ['WA 628123456789', 'WA 628123456789'],
    ['line id: abc123', 'line id: abc123'],
    ['tele @handle', 'tele @handle'],
    ['ig: shop_xyz', 'ig: shop_xyz'],
  ])('%s', (text, match) => {
    expect(find(text, 'contact.im')).toContain(match);
  });
  it.each([
    'Seattle, WA 98101',
    'Seattle, WA 98101-1234',
    'We ship to WA and OR',
    'WA state sales tax applies',
    'tele is not a word here',
  ])('%s: silent', (text) => {
    expect(find(text, 'contact.im')).toEqual([]);
  });
  it('gmail: with a handle is an e-mail', () => {
    expect(find('gmail: shop.hk2026', 'contact.email')).toEqual(['gmail: shop.hk2026']);
  });
});

describe('bare 10-digit numbers in a permissive market', () => {
  it.each([
    ['call me at 4155550132', '4155550132'],
    ['text 4155550132', '4155550132'],
    ['4155550132', '4155550132'],
    ['order question? call 4155550132', '4155550132'],
    ['text po 09171234567', '09171234567'],
  ])('%s fires', (text, match) => {
    expect(find(text, 'contact.phone')).toEqual([match]);
  });
  it.each([
    'order 4155550132',
    'PO 4155550132',
    'PO#4155550132',
    'P.O. 4155550132',
    'purchase order 4155550132',
    'invoice: 4155550132',
    'SKU 4155550132',
    'item 4155550132',
    'tracking 4155550132',
    'ISBN 0306406152',
    'ASIN 4155550132',
    '订单 4155550132',
    '单号4155550132',
    '货号 4155550132',
    '4155550132 is your order number',
    'RMA 4155550132',
  ])('%s is silent', (text) => {
    expect(find(text, 'contact.phone')).toEqual([]);
  });
});

describe('multi-word terms in any script', () => {
  const words = createLinter([
    pack(
      [{ id: 'pay', category: 'offplatform.payment', terms: ['на мою карту', '계좌 이체', 'wire transfer'] }],
      {
        id: 'words',
      },
    ),
  ]);
  const found = (text: string) => words.lint(text).map((f) => f.match);

  it('match with the spaces between their words', () => {
    expect(found('переведите деньги на мою карту')).toEqual(['на мою карту']);
    expect(found('계좌 이체 부탁드립니다')).toEqual(['계좌 이체']);
    expect(found('by wire transfer')).toEqual(['wire transfer']);
  });

  it('match written without the spaces too', () => {
    expect(found('намоюкарту')).toEqual(['намоюкарту']);
    expect(found('wiretransfer')).toEqual(['wiretransfer']);
  });
});
