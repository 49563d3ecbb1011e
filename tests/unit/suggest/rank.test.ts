import { describe, expect, it } from 'vitest';
import { insertionFor } from '@/lib/suggest/insertion';
import { buildSuggestIndex, suggest } from '@/lib/suggest/rank';
import { tokenize } from '@/lib/suggest/tokenize';
import { TemplateSchema } from '@/lib/templates/schema';
import { starterTemplates } from '@/lib/templates/starter';

describe('tokenize', () => {
  it('splits Chinese into characters and pairs, folding traditional to simplified', () => {
    expect(tokenize('包裹')).toEqual(['包', '包裹', '裹']);
    expect(tokenize('包裹')).toEqual(tokenize('包裹'.replace('裹', '裹')));
    expect(tokenize('運送')).toEqual(tokenize('运送'));
  });

  it('folds accents, drops chat words and stems Latin words', () => {
    expect(tokenize('Where is my parcels?')).toEqual(['parcel', 'parce~']);
    expect(tokenize('Đơn hàng')).toEqual(['don', 'hang']);
    expect(tokenize('paketnya dikirim')).toEqual(['paket', 'kirim']);
  });

  it('reads Thai as character pairs and triples', () => {
    expect(tokenize('ส่ง')).toEqual(['ส่', 'ส่ง', '่ง']);
  });
});

describe('suggest', () => {
  const starters = starterTemplates();
  const index = buildSuggestIndex(starters);
  const top = (buyer: string, typed = '', platform = 'shopee') =>
    suggest(index, { buyer, typed, platform, now: 0 }).map((hit) => hit.template.id);

  it('offers a tracking template for "where is my parcel" in each of the six languages', () => {
    for (const buyer of [
      'Where is my parcel?',
      '我的快递到哪了',
      'Paket saya sampai mana?',
      'พัสดุของฉันอยู่ที่ไหน',
      'Đơn hàng của tôi đang ở đâu?',
      'Onde está minha encomenda?',
    ]) {
      expect(top(buyer), buyer).toContain('starter.tracking-in-transit');
    }
  });

  it('gives at most three, none for an empty query or one weak word, and follows the typed text', () => {
    expect(top('Where is my parcel?').length).toBeLessThanOrEqual(3);
    expect(top('')).toEqual([]);
    expect(top('ok')).toEqual([]);
    expect(top('', 'refund')[0]).toMatch(/refund/);
  });

  it("keeps to the platform scope and lets the agent's own use break near-ties", () => {
    const base = { title: '物流', body: 'Your parcel is on the way', tags: ['物流'] };
    const a = TemplateSchema.parse({ ...base, id: 'a' });
    const b = TemplateSchema.parse({ ...base, id: 'b', usageCount: 20, lastUsedAt: 1 });
    const c = TemplateSchema.parse({ ...base, id: 'c', platforms: ['walmart'] });
    const own = buildSuggestIndex([a, b, c]);
    expect(
      suggest(own, { buyer: 'where is my parcel', platform: 'shopee', now: 1 }).map((h) => h.template.id),
    ).toEqual(['b', 'a']);
  });

  it('matches the pinyin of a Chinese title', () => {
    const t = TemplateSchema.parse({ id: 'x', title: '物流查询', body: 'Checking now' });
    const own = buildSuggestIndex([t], { x: { full: 'wuliuchaxun', initials: 'wlcx' } });
    expect(suggest(own, { typed: 'wlcx', now: 0 }).map((h) => h.template.id)).toEqual(['x']);
  });
});

describe('insertionFor', () => {
  it('replaces the words typed since the last sentence end, with a space after a Latin sentence', () => {
    expect(insertionFor('', 'T')).toEqual({ start: 0, end: 0, text: 'T' });
    expect(insertionFor('where', 'T')).toEqual({ start: 0, end: 5, text: 'T' });
    expect(insertionFor('Hi Budi! where', 'T')).toEqual({ start: 9, end: 14, text: 'T' });
    expect(insertionFor('Thanks for waiting.', 'T')).toEqual({ start: 19, end: 19, text: ' T' });
    expect(insertionFor('好的。物流', 'T')).toEqual({ start: 3, end: 5, text: 'T' });
  });
});
