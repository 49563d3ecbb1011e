import { describe, expect, it } from 'vitest';
import { normalise, skeletonOf } from '@/lib/detect/normalise';

/** The original text behind base units [from, to). */
function original(text: string, from: number, to: number): string {
  const n = normalise(text);
  return text.slice(n.base.start[from]!, n.base.end[to - 1]!);
}

describe('normalise', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['WeChat', 'wechat'],
    ['聯繫微信', '联系微信'],
    ['買賣', '买卖'],
    ['①②⑳', '1220'],
    ['⑴⒈', '11'],
    ['❶➀➊', '111'],
    ['¹²³', '123'],
    ['𝟏𝟐', '12'],
    ['1️⃣🔟', '110'],
    ['а е о р с', 'a e o p c'],
    ['νο', 'vo'],
    ['w\u200be\u200cc\u200dh\ufeffa\u00adt\u2060', 'wechat'],
    ['微\ufe0f信', '微信'],
    ['ｗｅｃｈａｔ＠１６３．ｃｏｍ', 'wechat@163.com'],
    // Squared, negative circled and negative squared letters each read as their letter.
    ['🄰🅐🅰 🅆🅦🆆 🄷🅗🅷', 'aaa www hhh'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input).base.s).toBe(expected);
  });

  it('maps every base unit back to the original code point', () => {
    const text = 'a😀b①c\u200bd';
    const n = normalise(text);
    expect(n.base.s).toBe('a😀b1cd');
    expect(original(text, 1, 3)).toBe('😀');
    expect(original(text, 4, 5)).toBe('①');
    expect(original(text, 5, 7)).toBe('c\u200bd');
  });

  it('maps keycaps and multi-unit outputs to the whole original', () => {
    const text = 'x1️⃣⑳';
    const n = normalise(text);
    expect(n.base.s).toBe('x120');
    expect(original(text, 1, 2)).toBe('1️⃣'.slice(0, 1));
    expect(original(text, 2, 4)).toBe('⑳');
  });

  it('drops separators from the skeleton but keeps their offsets in base', () => {
    const n = normalise('微 信, V❤信');
    expect(String.fromCharCode(...n.skel.subarray(0, n.skelLength))).toBe('微信v信');
    expect(n.base.s).toBe('微 信, v❤信');
  });

  it('turns CJK numerals and spelled digits into digits only in the digits view', () => {
    const n = normalise('幺三八 貳參陸 one three oh eight, someone');
    expect(n.base.s).toBe('幺三八 贰参陆 one three oh eight, someone');
    expect(n.digits().s).toBe('138 236 1 3 0 8, someone');
    const d = n.digits();
    const at = d.s.indexOf('3 0');
    expect(n.text.slice(d.start[at]!, d.end[at]!)).toBe('three');
  });

  it('keeps lone surrogates without crashing', () => {
    const text = `a\ud800b\udc00c`;
    const n = normalise(text);
    expect(n.base.s.length).toBe(5);
    expect(n.base.end[4]).toBe(5);
  });

  it('skeletonises terms the same way as text', () => {
    expect(skeletonOf('Wa.me')).toBe('wame');
    expect(skeletonOf('微 信')).toBe('微信');
    expect(skeletonOf('聯繫')).toBe('联系');
  });
});
