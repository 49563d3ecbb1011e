import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { pack } from './helpers';

const ad = pack([
  {
    id: 'ad.absolute',
    category: 'ad.absolute',
    severity: 'warn',
    terms: ['最', '全网最低价', '最低价', '第一', '顶级'],
    exceptions: ['最晚', '第一时间', '最后', '最近', '最好', '不是最'],
  },
  {
    id: 'competitor',
    category: 'platform.competitor',
    severity: 'warn',
    terms: ['淘宝', 'line', 'wechat', 'Amazon'],
  },
  {
    id: 'discouraged',
    category: 'term.discouraged',
    severity: 'info',
    terms: ['宝贝'],
    replacement: '商品',
    suggestion: { en: 'Say product', zh_CN: '说商品', zh_TW: '說商品' },
  },
  {
    id: 'remove-me',
    category: 'abuse',
    severity: 'block',
    terms: ['滚'],
    exceptions: ['滚动'],
    fix: 'remove',
  },
  {
    id: 'pattern',
    category: 'offplatform.payment',
    severity: 'block',
    patterns: ['western\\s*union', '转\\s*账'],
  },
]);

const spans = (text: string, linter = createLinter([ad])) =>
  linter.lint(text).map((f) => `${f.ruleId}:${f.match}`);

describe('createLinter: terms', () => {
  it('reports nested terms of one rule once, as the outermost', () => {
    expect(spans('全网最低价')).toEqual(['ad.absolute:全网最低价']);
    expect(spans('最低价，全网最低价')).toEqual(['ad.absolute:最低价', 'ad.absolute:全网最低价']);
  });

  it('cancels a term inside a word-sense exception', () => {
    expect(spans('最晚明天发货，第一时间回复，最后一件，最近很忙，不是最贵')).toEqual([]);
    expect(spans('最晚明天，最便宜')).toEqual(['ad.absolute:最']);
  });

  it('matches across separators and disguises', () => {
    expect(spans('淘 宝')).toEqual(['competitor:淘 宝']);
    expect(spans('淘-宝')).toEqual(['competitor:淘-宝']);
    expect(spans('淘\u200b宝')).toEqual(['competitor:淘\u200b宝']);
    expect(spans('ｗｅｃｈａｔ')).toEqual(['competitor:ｗｅｃｈａｔ']);
    expect(spans('w e c h a t')).toEqual(['competitor:w e c h a t']);
    expect(spans('w.e.c.h.a.t')).toEqual(['competitor:w.e.c.h.a.t']);
    expect(spans('wеchаt')).toEqual(['competitor:wеchаt']); // Cyrillic е and а
    expect(spans('淘寶')).toEqual(['competitor:淘寶']);
  });

  it('respects Latin word boundaries and honest spacing', () => {
    expect(spans('we are online before the deadline')).toEqual([]);
    expect(spans('we chat here')).toEqual([]);
    expect(spans('o n l i n e')).toEqual([]);
    expect(spans('add me on line')).toEqual(['competitor:line']);
    expect(spans('AMAZON')).toEqual(['competitor:AMAZON']);
    expect(spans('Amazonian')).toEqual([]);
  });

  it('does not skip line breaks or long gaps', () => {
    expect(spans('淘\n宝')).toEqual([]);
    expect(spans('淘 . . . . . 宝')).toEqual([]);
  });

  it('gives localised messages, suggestions and replacements', () => {
    const linter = createLinter([ad]);
    const [f] = linter.lint('宝贝', { locale: 'zh_CN' });
    expect(f).toMatchObject({
      ruleId: 'discouraged',
      category: 'term.discouraged',
      severity: 'info',
      start: 0,
      end: 2,
      match: '宝贝',
      message: 'message discouraged (zh_CN)',
      suggestion: '说商品',
      replacement: '商品',
    });
    expect(linter.lint('滚')[0]!.replacement).toBe('');
    expect(linter.lint('页面滚动')).toEqual([]);
  });

  it('runs RE2 patterns on normalised text with original offsets', () => {
    const text = 'pay by ＷＥＳＴＥＲＮ　ＵＮＩＯＮ or 转 账';
    const found = createLinter([ad]).lint(text);
    expect(found.map((f) => f.match)).toEqual(['ＷＥＳＴＥＲＮ　ＵＮＩＯＮ', '转 账']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('folds case for patterns written with capitals, also inside the union of all patterns', () => {
    const linter = createLinter([
      pack([
        { id: 'paypal', patterns: ['PayPal\\s*(?:direct|F&F)'] },
        { id: 'venmo', patterns: ['venmo'] },
      ]),
    ]);
    expect(linter.lint('PAYPAL direct or VENMO').map((f) => `${f.ruleId}:${f.match}`)).toEqual([
      'paypal:PAYPAL direct',
      'venmo:VENMO',
    ]);
    expect(linter.lint('nothing here')).toEqual([]);
  });

  it('skips patterns RE2 rejects and reports them', () => {
    const linter = createLinter([pack([{ id: 'bad', patterns: ['(?=lookahead)', 'ok'] }])]);
    expect(linter.errors.length).toBe(1);
    expect(linter.lint('ok').map((f) => f.match)).toEqual(['ok']);
  });

  it('adds extras: custom terms and allow words', () => {
    const linter = createLinter([ad], { terms: ['秘密', ' '], allow: ['淘宝店铺'] });
    const found = linter.lint('秘密 淘宝 淘宝店铺');
    expect(found.map((f) => `${f.ruleId}:${f.category}:${f.severity}:${f.match}:${f.start}`)).toEqual([
      'custom:custom:warn:秘密:0',
      'competitor:platform.competitor:warn:淘宝:3',
    ]);
  });

  it('applies the pack allow list to every rule', () => {
    const withAllow = pack([{ id: 'comp', terms: ['淘宝'] }], { allow: ['淘宝店'] });
    expect(
      createLinter([withAllow])
        .lint('淘宝店 淘宝')
        .map((f) => f.start),
    ).toEqual([4]);
  });

  it('de-duplicates one rule, keeps different rules on one span', () => {
    const twice = pack([
      { id: 'a', terms: ['淘宝', '淘 宝'] },
      { id: 'b', terms: ['淘宝'] },
    ]);
    expect(
      createLinter([twice])
        .lint('淘宝')
        .map((f) => f.ruleId),
    ).toEqual(['a', 'b']);
  });

  it('returns nothing for empty text and handles a term made only of separators', () => {
    const linter = createLinter([pack([{ id: 'sep', terms: ['***', '!'] }])]);
    expect(linter.lint('')).toEqual([]);
    expect(linter.lint('*** !')).toEqual([]);
  });
});
