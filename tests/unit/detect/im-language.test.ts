import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack, matchesOf, pack } from './helpers';

const linter = createLinter([contactPack()]);
const im = matchesOf(linter, 'contact.im');

describe('im detector', () => {
  it.each([
    ['微信：abc_123', ['微信：abc_123']],
    ['加我微信 abc_123 谢谢', ['加我微信 abc_123']],
    ['加我微信', ['加我微信']],
    ['V信', ['V信']],
    ['wei xin: abc_88', ['wei xin: abc_88']],
    ['v❤信', ['v❤信']],
    ['薇信号 shop888', ['薇信号 shop888']],
    ['vx：abc', ['vx：abc']],
    ['WhatsApp me', ['WhatsApp']],
    ['Instagram @x', ['Instagram @x']],
    ['add me on Line: shop_1', ['add me on Line: shop_1']],
    ['加v 13812345678', ['加v 13812345678']],
    ['扣扣 123456789', ['扣扣 123456789']],
    ['telegram', ['telegram']],
    ['微 13812345678', ['微 13812345678']],
    ['tg: @shop', ['tg: @shop']],
    ['Follow our Instagram @myshop.my', ['Instagram @myshop.my']],
    ['QQ：2734567890', ['QQ：2734567890']],
    ['客服小号 kefu_0819', ['小号 kefu_0819']],
    ['LINE 官方帳號 @abc1234', ['LINE 官方帳號 @abc1234']],
    ['微-信 w.e.c.h.a.t', ['微-信', 'w.e.c.h.a.t']],
    ['order lewat WA aja ya', ['lewat WA']],
    ['Nhắn Zalo nhé', ['Nhắn Zalo']],
  ])('finds %s', (text, expected) => {
    expect(im(text)).toEqual(expected);
  });

  it.each([
    '加急处理',
    '加油！',
    '已加购',
    '增加库存',
    '微笑服务',
    '微波炉',
    'we are online',
    'on the line',
    'line up',
    'signal is weak',
    '微信支付也可以',
    'shop@qq.com',
    'The battery is 3.7V 2000mAh',
    '220v 50hz',
    'The VX-200 model is compatible',
  ])('ignores %s', (text) => {
    expect(im(text)).toEqual([]);
  });
});

describe('language detector', () => {
  const walmart = createLinter([
    pack([
      { id: 'walmart.language', category: 'language.required', severity: 'block', detector: 'language' },
    ]),
  ]);

  it('flags each run of Chinese text', () => {
    const text = 'Hello, 您好！谢谢 thanks 再见';
    const found = walmart.lint(text);
    expect(found.map((f) => f.match)).toEqual(['您好！谢谢', '再见']);
    expect(found[0]).toMatchObject({ ruleId: 'walmart.language', severity: 'block' });
  });

  it('leaves English alone', () => {
    expect(walmart.lint('Thanks for your order! It ships on 11/23.')).toEqual([]);
  });

  it('leaves a short word quoted or glossed in English alone, not a greeting', () => {
    expect(walmart.lint('the decal reads 福 (good fortune) in gold')).toEqual([]);
    expect(walmart.lint('it says "福" on the front')).toEqual([]);
    expect(walmart.lint('Hi 亲, thanks').map((f) => f.match)).toEqual(['亲']);
    expect(walmart.lint('您好，谢谢 (thanks)').map((f) => f.match)).toEqual(['您好，谢谢']);
  });
});
