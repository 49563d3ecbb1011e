import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack, matchesOf, pack } from './helpers';

const linter = createLinter([
  contactPack(),
  pack(
    [
      {
        id: 'im.sound',
        category: 'contact.im',
        severity: 'block',
        detector: 'im',
        sounds: ['微信', '扣扣', '秋秋'],
      },
    ],
    {
      id: 'sound',
      allow: ['加急', '加油', '加购', '增加', '微笑', '扣子', '求求'],
    },
  ),
]);
const im = matchesOf(linter, 'contact.im');

describe('contact grammar: any two of verb, app and handle', () => {
  it.each([
    // app + handle
    ['q：867056058', ['q：867056058']],
    ['飞机：kyty660', ['飞机：kyty660']],
    ['VVV:Sykjtq', ['VVV:Sykjtq']],
    ['威:jsg3303', ['威:jsg3303']],
    ['Q群 872309419', ['Q群 872309419']],
    ['➕扣扣：7.5.9.3.3.3.0.1.8', ['➕扣扣：7.5.9.3.3.3.0.1.8']],
    ['TG: ①②③④⑤⑥', ['TG: ①②③④⑤⑥']],
    // verb + app (+ handle)
    ['留个q我加你', ['留个q']],
    ['加薇号sfxk58', ['加薇号sfxk58']],
    ['加薇CCTV25803', ['加薇CCTV25803']],
    ['绿色软件+一下：ｘｍ８８６６', ['绿色软件+一下：ｘｍ８８６６']],
    ['12554971+企鹅', ['12554971+企鹅']],
    ['你扣多少，我加你', ['扣多少']],
    ['hit me up on telegram', ['hit me up on telegram']],
    // verb + handle; a handle alone
    ['找@biao68领茶水费', ['找@biao68']],
    ['有心者来：@wei2588', ['@wei2588']],
    // slang standing alone, a sound name with its account word
    ['企鹅，价低', ['企鹅']],
    ['我的数字是一个秋秋号', ['秋秋号']],
    ['vvv同号', ['vvv同号']],
  ])('finds %s', (text, expected) => {
    expect(im(text)).toEqual(expected);
  });

  it.each([
    '加急处理，明天发',
    '这款企鹅玩偶很可爱',
    '请留言，我们看到会回复',
    '找到您的订单了',
    '扣子掉了我们补发',
    '求求您给个好评',
    '坐飞机去上海',
    '微信支付的退款1-3个工作日到账',
    '您当时用微信付的，退款就回到原来的账户',
    'Q: what size? A: M',
    'Sorry for any confusion! DM = direct message.',
    'Seattle, WA 98101-1234',
    'The VX-200 model is compatible',
    'Please add 2 more to your cart',
    'shop@qq.com',
    '搜123456789这个商品',
  ])('stays silent on %s', (text) => {
    expect(im(text)).toEqual([]);
  });
});

describe('app names misspelled on purpose, and negation', () => {
  it.each([
    ['Wha+sApp: shop_88', ['Wha+sApp: shop_88']],
    ['text me on Te1egram @shop_99', ['text me on Te1egram @shop_99']],
    ['find us on instagam: myshop_88', ['find us on instagam: myshop_88']],
    ['mi guasap 310 456 7821', ['guasap 310 456 7821']],
    ['tele group: @cards88', ['tele group: @cards88']],
    ['我的号 ｄｄ２０１９０８１５', ['我的号 ｄｄ２０１９０８１５']],
    ['Chama no WhatsApp que te respondo', ['Chama no WhatsApp']],
    ['Whats\nApp +86 135 2468 1357', ['Whats\nApp +86 135 2468 1357']],
  ])('finds %s', (text, expected) => {
    expect(im(text)).toEqual(expected);
  });

  it.each([
    ['add me on Zaloo', ['add me on Zaloo']],
    ['Whatsaap: +84 912 345 678', ['Whatsaap: +84 912 345 678']],
    ['Telegrammm @shop_99', ['Telegrammm @shop_99']],
    ['text me on Instagarm', ['text me on Instagarm']],
    ['Viberr 0912345678', ['Viberr 0912345678']],
    ['mai add Zaloo shop nha', ['add Zaloo']],
    ['pls add Telegarm', ['add Telegarm']],
  ])('finds letters repeated or one off: %s', (text, expected) => {
    expect(im(text)).toEqual(expected);
  });

  it('stays silent on a word one letter off in prose', () => {
    expect(im('We sent telegrams in 1920')).toEqual([]);
    expect(im('Instant refund, Zalora sells it too, discard the old box')).toEqual([]);
    // A misspelled name alone is weak: it needs a verb or a handle.
    expect(im('Whatsaap is popular here')).toEqual([]);
    // A bare "add" counts only before a misspelled or sound-alike name, never before an ordinary word.
    expect(im('add line 2 to the address, add snap buttons, add SKU12345 to cart')).toEqual([]);
  });

  it('is cancelled by a negation when the rule is negatable (Portuguese "no" is "in the")', () => {
    const negatable = createLinter([
      pack([{ id: 'im', category: 'contact.im', severity: 'block', detector: 'im', negatable: true }]),
    ]);
    const found = (text: string) => negatable.lint(text).map((f) => f.match);
    expect(found('我们从来不会让买家私下转账，也不会要求加微信')).toEqual([]);
    expect(found('Please never add us on WhatsApp')).toEqual([]);
    expect(found('不要在平台聊，加我微信abc123')).toEqual(['加我微信abc123']);
    expect(found('Chama no WhatsApp: loja_88')).toEqual(['Chama no WhatsApp: loja_88']);
  });
});
