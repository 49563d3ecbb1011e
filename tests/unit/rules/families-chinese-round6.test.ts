/**
 * Round 6 families in Chinese, in our own words: a fake order paid back with its principal and commission,
 * and insults about the buyer's head; the ordinary replies with the same words stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks } from './bundled-blocks';

describe('Chinese families', () => {
  it.each<[PlatformId, string, string]>([
    ['pinduoduo', '麻烦帮我们代拍两单，本金和提成下午一起转您', 'offplatform.payment'],
    ['shopee', '幫店裡刷單，墊付的錢加佣金當天退回', 'offplatform.payment'],
    ['pinduoduo', '你这脑瓜是不是秀逗了，说了三遍还问', 'abuse'],
    ['aliexpress', '你脑子是不是不够用啊', 'abuse'],
  ])('%s: %s → %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });

  it.each<[PlatformId, string]>([
    ['pinduoduo', '您下单后我们会尽快安排发货，运费险已经帮您开通'],
    ['pinduoduo', '这款儿童头盔能很好地保护脑袋，不够用的话可以加购护膝'],
    ['pinduoduo', '补单的快递已经发出，单号稍后同步给您'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(blocks(platform, text)).toEqual([]);
  });
});
