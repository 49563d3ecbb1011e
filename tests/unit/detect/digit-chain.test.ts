import { describe, expect, it } from 'vitest';
import { hasDigitChain, normalise } from '@/lib/detect/normalise';
import { seeded } from '@/tests/support/seeded';

// The phone detector's run shape (lib/detect/contact/phone.ts): hasDigitChain must never miss one.
const RUN = /\d(?:(?:[ \t\-\u2010-\u2015\u30fc.()/\u00a0~_·]|,(?=\s)){0,3}\d){6,}/;

describe('hasDigitChain (phone pre-check)', () => {
  it('finds chains through CJK numerals, spelled digits and separators', () => {
    const chain = (text: string) => hasDigitChain(normalise(text).base, 7, 3);
    expect(chain('138 1234 5678')).toBe(true);
    expect(chain('幺三八一二三四五六七八')).toBe(true);
    expect(chain('one three eight 1234 5678')).toBe(true);
    expect(chain('（415）555-0132')).toBe(true);
    expect(chain('12 34 56')).toBe(false);
    expect(chain('123 abc 4567')).toBe(false);
    expect(chain('1234     567')).toBe(false);
    expect(chain('someone 1234567')).toBe(true);
    expect(chain('공일공-칠삼팔이-오오일구')).toBe(true);
    expect(chain('ศูนย์แปดหนึ่งสองสามสี่ห้า')).toBe(true);
    // ゼ without ロ is no number word (プレゼント, ゼリー): once read as an empty run that never moved on.
    expect(chain('プレゼントです、ゼリーも')).toBe(false);
    expect(normalise('プレゼント').digits().s).toBe('プレゼント');
    expect(chain('사이사이 사이즈')).toBe(false);
  });

  it('is true whenever the digits view holds a phone-shaped run', () => {
    const random = seeded(7);
    const pieces = [
      '1',
      '2',
      '8',
      '0',
      ' ',
      '-',
      '.',
      '(',
      ')',
      ', ',
      'one',
      'oh',
      'six',
      '三',
      '幺',
      '两',
      'a',
      '号',
      '/',
      '\u00a0',
      '~',
      '_',
      '·',
      '１',
      '①',
      'x',
      '\n',
      // Spelled in Korean, Japanese and Thai (script-digits.ts), with word pieces that share their letters.
      '공',
      '일',
      '사',
      '이',
      '즈',
      '로',
      'ゼロ',
      'ゼ',
      'キュー',
      'ニ',
      'サン',
      'プル',
      'ー',
      '–',
      'ศูนย์',
      'สี่',
      'สอง',
      'หา',
      'ย',
    ];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const len = 5 + Math.floor(random() * 25);
      for (let j = 0; j < len; j++) text += pieces[Math.floor(random() * pieces.length)];
      const n = normalise(text);
      if (RUN.test(n.digits().s)) expect(hasDigitChain(n.base, 7, 3), text).toBe(true);
    }
  });
});
