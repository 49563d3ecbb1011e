// @vitest-environment node
/**
 * Smoke tests for the packs the corpus does not cover (Amazon, Lazada, TikTok Shop, eBay) and for a few
 * cross-platform expectations: each platform's own links and names are fine, other platforms' are not.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../lib/detect/lint';
import type { PlatformId } from '../../../lib/platforms';
import { bundledPacksFor } from '../../../lib/rules/bundled';

const categories = (platform: PlatformId, text: string) =>
  [
    ...new Set(
      createLinter(bundledPacksFor(platform))
        .lint(text)
        .map((f) => f.category),
    ),
  ].sort();

describe('packs beyond the seed platforms', () => {
  it.each<[PlatformId, string, string[]]>([
    ['amazon', 'It is also on eBay for less.', ['platform.competitor']],
    ['amazon', 'Use promo code SAVE10 on your next purchase.', ['marketing']],
    ['amazon', 'Please leave a positive review for us.', ['review.manipulation']],
    ['amazon', 'Order directly from us next time.', ['offplatform.payment']],
    ['lazada', 'We also sell on Shopee.', ['platform.competitor']],
    ['lazada', 'Please cancel the order, the item is out of stock.', ['order.cancel']],
    ['tiktok', 'Find us on Shopee too.', ['platform.competitor']],
    ['tiktok', 'Kindly cancel your order and buy again.', ['order.cancel']],
    ['ebay', 'Buy directly from us outside eBay and save the fees.', ['offplatform.payment']],
    ['ebay', 'Leave positive feedback and we refund the shipping.', ['review.manipulation']],
  ])('%s flags: %s', (platform, text, expected) => {
    for (const category of expected) expect(categories(platform, text)).toContain(category);
  });

  it.each<[PlatformId, string]>([
    ['amazon', 'Your refund of $12.99 was issued today; see amazon.com/orders for details.'],
    ['amazon', 'This plug works with Amazon Alexa.'],
    ['lazada', 'Your parcel LZMY0123456789 arrives by 2026-11-25; track it on lazada.com.my.'],
    ['tiktok', 'Your order 576123456789012345 has shipped; it arrives in 3-5 days.'],
    ['ebay', 'We shipped your item today, tracking 9400 1000 0000 0000 0000 00 via USPS.'],
  ])('%s stays quiet: %s', (platform, text) => {
    expect(categories(platform, text)).toEqual([]);
  });
});

describe('platform names across packs', () => {
  it('names the own platform freely and flags the others', () => {
    expect(categories('shopee', 'Thank you for shopping on Shopee!')).toEqual([]);
    expect(categories('lazada', 'Thank you for shopping on Shopee!')).toContain('platform.competitor');
    expect(categories('walmart', 'Thanks for shopping at Walmart.')).toEqual([]);
    expect(categories('amazon', 'Thanks for shopping at Walmart.')).toContain('platform.competitor');
  });
});
