import { describe, expect, it } from 'vitest';
import { pinyinKeys, titlePinyin } from '@/lib/templates/pinyin';
import { type Template, type TemplateInput, TemplateSchema } from '@/lib/templates/schema';
import { buildSearchIndex, findByAbbreviation, frecency, searchTemplates } from '@/lib/templates/search';
import { starterTemplates } from '@/lib/templates/starter';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const make = (input: Partial<TemplateInput> & { id: string }): Template =>
  TemplateSchema.parse({ title: input.id, body: 'body', ...input });

const library = [
  make({ id: 'track', title: '物流查询', titleEn: 'Tracking status', tags: ['物流'], abbreviation: 'trk' }),
  make({
    id: 'refund',
    title: '退款进度',
    titleEn: 'Refund timeline',
    tags: ['售后'],
    body: 'Your refund is on its way',
  }),
  make({ id: 'hello', title: '欢迎问候', titleEn: 'Greeting', body: 'Hello there', abbreviation: 'hi' }),
  make({ id: 'walmart-only', title: '沃尔玛专用', body: 'English only', platforms: ['walmart'] }),
];
const index = buildSearchIndex(library, titlePinyin);
const ids = (query: string, options = {}) =>
  searchTemplates(index, query, { now: NOW, ...options }).map((h) => h.template.id);

describe('pinyinKeys', () => {
  it('computes full pinyin and initials', () => {
    expect(pinyinKeys('物流查询')).toEqual({ full: 'wuliuchaxun', initials: 'wlcx' });
    expect(pinyinKeys('Greeting')).toEqual({ full: '', initials: '' });
  });
});

describe('searchTemplates', () => {
  it('finds by Chinese title, pinyin initials and full pinyin', () => {
    expect(ids('物流')[0]).toBe('track');
    expect(ids('wlcx')[0]).toBe('track');
    expect(ids('wuliu')[0]).toBe('track');
    expect(ids('tuikuan')[0]).toBe('refund');
    expect(ids('tk')[0]).toBe('refund');
  });

  it('finds by English title, body, tags and abbreviation', () => {
    expect(ids('refund')[0]).toBe('refund');
    expect(ids('greet')[0]).toBe('hello');
    expect(ids('售后')).toEqual(['refund']);
    expect(ids(';trk')[0]).toBe('track');
    expect(ids('there')).toEqual(['hello']);
    expect(ids('TRACKING stat')).toEqual(['track']);
  });

  it('requires every token to match and returns nothing for nonsense', () => {
    expect(ids('refund zzzz')).toEqual([]);
    expect(ids('qqqqxj')).toEqual([]);
  });

  it('ranks an exact abbreviation above a body mention', () => {
    const both = buildSearchIndex([
      make({ id: 'mention', title: 'A', body: 'say hi to them' }),
      make({ id: 'abbr', title: 'B', abbreviation: 'hi' }),
    ]);
    expect(searchTemplates(both, 'hi', { now: NOW }).map((h) => h.template.id)).toEqual(['abbr', 'mention']);
  });

  it('filters by platform scope', () => {
    expect(ids('沃尔玛', { platform: 'shopee' })).toEqual([]);
    expect(ids('沃尔玛', { platform: 'walmart' })).toEqual(['walmart-only']);
  });

  it('puts recent and frequent templates first for an empty query', () => {
    const used = buildSearchIndex([
      make({ id: 'never', title: 'A' }),
      make({ id: 'old-frequent', title: 'B', usageCount: 50, lastUsedAt: NOW - 60 * DAY }),
      make({ id: 'recent', title: 'C', usageCount: 3, lastUsedAt: NOW - DAY }),
      make({ id: 'frequent', title: 'D', usageCount: 40, lastUsedAt: NOW - 2 * DAY }),
    ]);
    expect(searchTemplates(used, '  ', { now: NOW }).map((h) => h.template.id)).toEqual([
      'frequent',
      'recent',
      'old-frequent',
      'never',
    ]);
    expect(searchTemplates(used, '', { now: NOW, limit: 2 })).toHaveLength(2);
    expect(frecency({ usageCount: 10, lastUsedAt: 0 }, NOW)).toBe(0);
  });

  it('searches the starter library in Chinese and English', () => {
    const starters = buildSearchIndex(starterTemplates(), titlePinyin);
    const top = (q: string) => searchTemplates(starters, q, { now: NOW })[0]?.template.id;
    expect(top('清关')).toBe('starter.tracking-customs');
    expect(top('qg')).toBe('starter.tracking-customs');
    expect(top('damaged')).toBe('starter.damaged-item');
    expect(top('退货')).toBe('starter.return-how-to');
  });

  it('handles a thousand templates', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      make({
        id: `t${i}`,
        title: `模板${i}号 物流`,
        titleEn: `Template ${i}`,
        body: `Body ${i} `.repeat(40),
      }),
    );
    const big = buildSearchIndex(many, titlePinyin);
    expect(searchTemplates(big, 'mb 999', { now: NOW })[0]?.template.id).toBe('t999');
  });
});

describe('findByAbbreviation', () => {
  it('matches exactly, case-insensitively, in scope', () => {
    expect(findByAbbreviation(library, ';HI')?.id).toBe('hello');
    expect(findByAbbreviation(library, 'h')).toBeUndefined();
    expect(findByAbbreviation(library, '')).toBeUndefined();
  });
});

describe('pinyin keys given with the list (content scripts load no dictionary)', () => {
  const one = [TemplateSchema.parse({ id: 'wl', title: '物流查询', body: 'Your parcel is on its way.' })];

  it('finds a title by pinyin initials only when its keys are supplied', () => {
    const bare = buildSearchIndex(one);
    expect(searchTemplates(bare, 'wlcx', { now: NOW })).toEqual([]);
    const keyed = buildSearchIndex(one, (t) => ({ wl: pinyinKeys('物流查询') })[t.id]!);
    expect(searchTemplates(keyed, 'wlcx', { now: NOW }).map((h) => h.template.id)).toEqual(['wl']);
  });
});
