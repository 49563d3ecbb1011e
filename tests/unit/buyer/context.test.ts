import { describe, expect, it } from 'vitest';
import { buyerContext, wallClock } from '@/lib/buyer/context';
import { marketOf, marketOfCountryText } from '@/lib/buyer/markets';
import { requiredLanguage } from '@/lib/buyer/required';
import { defaultMarket, marketOfUrl } from '@/lib/portals/market';

// 2026-08-15 19:30 UTC: 03:30 next day in Shanghai and Taipei, 02:30 in Jakarta, 15:30 in New York.
const NOW = Date.UTC(2026, 7, 15, 19, 30);
const url = (href: string) => new URL(href);

describe('the market a page serves', () => {
  it('reads the country from the host, TikTok from its region, and leaves cross-border hosts open', () => {
    expect(marketOfUrl('shopee', url('https://seller.shopee.tw/webchat/conversations'))).toBe('TW');
    expect(marketOfUrl('shopee', url('https://banhang.shopee.vn/webchat'))).toBe('VN');
    expect(marketOfUrl('shopee', url('https://seller.shopee.co.th/webchat'))).toBe('TH');
    expect(marketOfUrl('lazada', url('https://sellercenter.lazada.co.id/apps/im'))).toBe('ID');
    expect(marketOfUrl('shopee', url('https://seller.shopee.com.br/webchat'))).toBe('BR');
    expect(marketOfUrl('tiktok', url('https://seller-us.tiktok.com/chat/inbox/current?shop_region=GB'))).toBe(
      'GB',
    );
    expect(marketOfUrl('amazon', url('https://sellercentral.amazon.com/messaging'))).toBe('US');
    expect(marketOfUrl('amazon', url('https://sellercentral.amazon.de/messaging'))).toBe('DE');
    expect(marketOfUrl('pinduoduo', url('https://mms.pinduoduo.com/chat-merchant/'))).toBe('CN');
    expect(marketOfUrl('shopee', url('https://seller.shopee.cn/webchat'))).toBeUndefined();
    expect(marketOfUrl('aliexpress', url('https://msg.aliexpress.com/x'))).toBeUndefined();
    expect(defaultMarket('generic')).toBeUndefined();
    expect(defaultMarket('walmart')).toBe('US');
  });

  it('knows countries by code and by the English name a page prints', () => {
    expect(marketOf('th')?.timeZone).toBe('Asia/Bangkok');
    expect(marketOfCountryText(' Brazil ')?.country).toBe('BR');
    expect(marketOfCountryText('XX')).toBeUndefined();
  });
});

describe('buyerContext', () => {
  it('shows the market time and night on Shopee Taiwan, and the language of the market when no message shows', () => {
    const context = buyerContext({
      platform: 'shopee',
      url: url('https://seller.shopee.tw/webchat'),
      now: NOW,
    });
    expect(context.market.country).toBe('TW');
    expect(context.localTime).toBe('03:30');
    expect(context.localDate).toBe('2026-08-16');
    expect(context.night).toBe(true);
    expect(context.language).toBe('zh-Hant');
    expect(context.fromMessage).toBe(false);
  });

  it("on a cross-border host the page's country wins, then the buyer's language, then the platform's home", () => {
    const cn = url('https://seller.shopee.cn/webchat');
    expect(
      buyerContext({ platform: 'shopee', url: cn, pageCountry: 'ID', buyerText: 'Where is it?', now: NOW })
        .market.country,
    ).toBe('ID');
    const thai = buyerContext({ platform: 'shopee', url: cn, buyerText: 'พัสดุอยู่ไหนคะ', now: NOW });
    expect([thai.market.country, thai.language, thai.fromMessage, thai.localTime]).toEqual([
      'TH',
      'th',
      true,
      '02:30',
    ]);
    expect(buyerContext({ platform: 'shopee', url: cn, now: NOW }).market.country).toBe('SG');
  });

  it("keeps the buyer's own language over the market's", () => {
    const context = buyerContext({
      platform: 'amazon',
      url: url('https://sellercentral.amazon.com/messaging'),
      buyerText: 'Đơn hàng của tôi đang ở đâu?',
      now: NOW,
    });
    expect([context.market.country, context.localTime, context.night, context.language]).toEqual([
      'US',
      '15:30',
      false,
      'vi',
    ]);
  });

  it('reads a wall clock in any zone, UTC for an unknown one', () => {
    expect(wallClock(Date.UTC(2026, 0, 1, 0, 5), 'Asia/Jakarta')).toEqual({
      time: '07:05',
      date: '2026-01-01',
      hour: 7,
    });
    expect(wallClock(Date.UTC(2026, 0, 1, 0, 5), 'Not/AZone').time).toBe('00:05');
  });
});

describe('requiredLanguage', () => {
  it("is the home market's language where a language.required rule is in force", () => {
    expect(requiredLanguage('walmart', [{ rules: [{ category: 'language.required' }] }])).toBe('en');
    expect(requiredLanguage('shopee', [{ rules: [{ category: 'contact.im' }] }])).toBeUndefined();
  });
});
