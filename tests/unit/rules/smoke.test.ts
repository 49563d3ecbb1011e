// @vitest-environment node
/**
 * Smoke tests for the packs the corpus does not cover (Amazon, Lazada, TikTok Shop, eBay) and for a few
 * cross-platform expectations: each platform's own links and names are fine, other platforms' are not.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';

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
    ['lazada', 'Kak, tolong batalkan pesanan ini ya.', ['order.cancel']],
    ['lazada', 'Same item on Tokopedia, cheaper.', ['platform.competitor']],
    ['tiktok', 'Can you cancel it yourself and order again?', ['order.cancel']],
    ['tiktok', 'Check our Shopify store for more colours.', ['offplatform.payment']],
    ['amazon', 'Could you cancel the order on your side?', ['order.cancel']],
    ['amazon', 'Sign up for our newsletter and save 15%.', ['marketing']],
    ['amazon', 'It is cheaper on Walmart.', ['platform.competitor']],
    ['ebay', 'Please cancel your order, we are out of stock.', ['order.cancel']],
    ['ebay', 'Use code SAVE5 for 10% off.', ['marketing']],
    ['ebay', 'Also on Etsy and Mercari.', ['platform.competitor']],
    ['pinduoduo', '亲，拍下后给我打款就行', ['offplatform.payment']],
    ['pinduoduo', '你再胡搅蛮缠就别买了', ['abuse']],
  ])('%s flags: %s', (platform, text, expected) => {
    for (const category of expected) expect(categories(platform, text)).toContain(category);
  });

  it.each<[PlatformId, string]>([
    ['amazon', 'Your refund of $12.99 was issued today; see amazon.com/orders for details.'],
    ['amazon', 'This plug works with Amazon Alexa.'],
    ['ebay', 'No need to cancel the order, it ships today (tracking 9400 1000 0000 0000 0000 00).'],
    ['pinduoduo', '退款会原路打款到您的账户，1-3个工作日到账'],
    ['tiktok', 'Please do not cancel, the restock ships on 12/05.'],
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
