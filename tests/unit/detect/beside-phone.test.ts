import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack } from './helpers';

const linter = createLinter([contactPack({ markets: ['ID', 'VN', 'BR', 'FR', 'PL', 'US', 'GB', 'CN'] })]);
const found = (text: string, category: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === category)
    .map((f) => f.match);

describe('a short app alias beside a phone number', () => {
  it.each([
    ['Mau lihat motif lain? langsung WA aja ya kak ke 0857-1122-3344', 'WA'],
    ['Écrivez-moi sur Wtsp au 07 55 12 34 89 avec la référence.', 'Wtsp'],
    ['pode falar no wpp que eu te respondo: 21 98765-4321', 'wpp'],
    ['chat dulu ke W🅰 admin 0857🔸1122🔸3344 ya', 'W🅰 admin'],
    ['tanya stok via 🟢 W4: nol delapan lima tujuh - 1122 - 3344', 'W4'],
    ['Zdjęcia wyślę na WA. Proszę pisać na +48 512 345 678.', 'WA'],
    ['Gọi em 0912 345 678 (zl) nhé', 'zl'],
    ['Em kết bạn da lô số không chín một hai, ba bốn năm, sáu bảy tám nha', 'kết bạn da lô'],
    ['Nomor admin 0857 1122 3344 WA ya kak', 'WA'],
    ['座机不方便，手机 139-2658-4471（同微）', '微'],
  ])('fires on %s', (text, match) => {
    expect(found(text, 'contact.im')).toContain(match);
  });

  it.each([
    'Our warehouse: 1200 Lake Ave, Seattle, WA 98101. Front desk (206) 555-0134.',
    'Pickup at Tacoma WA 253-555-0147 between 9 and 5.',
    'Returns go to Spokane WA 99201, phone 509 555 0188.',
    'Our London office, Chiswick W4 4PH, tel 020 8994 1234.',
    'Production line, call 0812 3456 7890 for the supervisor.',
    'watashi no denwa bangou wa 090-1234-5678 desu',
    'Size WA 38 is back, order number 0812345678.',
    'Send the signal cable back; our support line 0800 123 4567 is free.',
  ])('stays silent on %s', (text) => {
    expect(found(text, 'contact.im')).toEqual([]);
  });
});
