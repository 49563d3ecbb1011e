import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { normalise } from '@/lib/detect/normalise';
import { isSoundTerm, phonetic, soundKey, syllableOf } from '@/lib/detect/sound';
import { pack } from './helpers';

describe('phonetic view', () => {
  it('reads each Han character as its toneless syllable', () => {
    expect(['微', '薇', '威', '维', '信', '心', '芯', '扣', '蔻', '平', '评'].map(syllableOf)).toEqual([
      'wei',
      'wei',
      'wei',
      'wei',
      'xin',
      'xin',
      'xin',
      'kou',
      'kou',
      'ping',
      'ping',
    ]);
  });

  it('gives one key to every spelling of a sound, Han or pinyin', () => {
    const key = soundKey('微信');
    for (const spelling of ['薇信', '威信', '维心', '微芯', 'wei xin']) expect(soundKey(spelling)).toBe(key);
    expect(soundKey('扣扣')).not.toBe(soundKey('秋秋'));
    expect(isSoundTerm('wechat')).toBe(false);
  });

  it('keeps the skeleton indices, so hits map to the original text', () => {
    const n = normalise('加 薇-信 号');
    const view = phonetic(n, { units: new Uint16Array(0) })!;
    expect(view.skelLength).toBe(n.skelLength);
    expect(view.skel[1]).toBe(soundKey('微').charCodeAt(0));
    expect(phonetic(normalise('hello 123'), { units: new Uint16Array(0) })).toBeUndefined();
  });
});

describe('terms declared by sound', () => {
  const linter = createLinter([
    pack([
      {
        id: 'im',
        category: 'contact.im',
        severity: 'block',
        detector: 'im',
        sounds: ['微信', '扣扣', '秋秋'],
      },
      {
        id: 'review',
        category: 'review.manipulation',
        severity: 'block',
        patterns: ['好评.{0,10}返现'],
        sounds: ['好评'],
      },
      {
        id: 'pay',
        category: 'offplatform.payment',
        severity: 'block',
        terms: ['支付宝'],
        sounds: ['支付宝'],
        exceptions: ['支复宝典'],
      },
    ]),
  ]);
  const found = (text: string) => linter.lint(text).map((f) => `${f.ruleId}:${f.match}`);

  it.each([
    ['维心：mm8866_shop', ['im:维心：mm8866_shop']],
    ['加个微芯 yy_0611', ['im:加个微芯 yy_0611']],
    ['蔻蔻：九八七六五四三二', ['im:蔻蔻：九八七六五四三二']],
    ['秋秋号', ['im:秋秋号']],
    ['好平返现2元', ['review:好平返现']],
    ['用支复宝付款', ['pay:支复宝']],
  ])('finds %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['刘薇老师明天到', '威士忌杯', '手机维修', '扣子掉了', '这款手机用的是国产微芯', '桌面好平，放心'])(
    'stays silent on %s (a sound match needs its context)',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it("lets its rule's exception written there stand over a sound match", () => {
    expect(found('这本支复宝典很好看')).toEqual([]);
    expect(found('用支复宝付款')).toEqual(['pay:支复宝']);
  });

  it('maps a reread finding back over the original spelling', () => {
    const text = '亲，好 平返现哦';
    const [f] = linter.lint(text);
    expect(text.slice(f!.start, f!.end)).toBe(f!.match);
    expect(f!.match).toBe('好 平返现');
  });
});

describe('Latin pinyin glued to Han', () => {
  const linter = createLinter([
    pack([
      { id: 'brush', category: 'offplatform.payment', severity: 'block', terms: ['刷单'], sounds: ['刷单'] },
      {
        id: 'pay',
        category: 'offplatform.payment',
        severity: 'block',
        terms: ['支付宝'],
        sounds: ['支付宝'],
        exceptions: ['支复宝典'],
      },
    ]),
  ]);
  const found = (text: string) => linter.lint(text).map((f) => f.match);

  it('reads a syllable written in Latin letters next to Han as that syllable', () => {
    expect(found('可以帮忙shua单吗')).toEqual(['shua单']);
    expect(found('刷dan兼职')).toEqual(['刷dan']);
    expect(found('用zhi付宝转给我')).toEqual(['zhi付宝']);
  });

  it('leaves Latin words apart from Han alone', () => {
    expect(found('she 单 shua dan')).toEqual([]);
  });
});

describe('ad words with pinyin mixed in', () => {
  it('reads zui低 and 全wang as the absolute words, never a Han-only homophone', async () => {
    const { createLinter } = await import('@/lib/detect/lint');
    const { bundledPacksFor } = await import('@/lib/rules/bundled');
    const linter = createLinter(bundledPacksFor('pinduoduo'));
    const ads = (text: string) => linter.lint(text).filter((f) => f.category === 'ad.absolute').length;
    expect(ads('全年zui低价')).toBeGreaterThan(0);
    expect(ads('全wang都找不到更便宜的')).toBeGreaterThan(0);
    expect(ads('全网都找不到更便宜的')).toBeGreaterThan(0);
    expect(ads('价格可以低一点吗')).toBe(0);
    expect(ads('醉低')).toBe(0);
  });
});
