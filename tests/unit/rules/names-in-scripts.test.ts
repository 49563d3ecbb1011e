import { describe, expect, it } from 'vitest';
import { blocks } from './bundled-blocks';

describe('marketplace names in other scripts', () => {
  it.each([
    ['walmart', 'هذا المنتج أرخص على أمازون'],
    ['amazon', 'такой же есть на ибей'],
    ['amazon', 'в уолмарте дороже'],
    ['shopee', '테무에서 더 싸요'],
    ['lazada', 'アリババで仕入れています'],
    ['amazon', 'ซื้อที่วอลมาร์ตได้'],
    ['ebay', 'यह फ्लिपकार्ट पर भी है'],
    ['dhgate', '티몰에서 팔아요'],
    ['tiktok', 'ابحث في علي اكسبريس'],
    ['lazada', 'tối nay em live trên Tóp Tóp Shop nha'],
  ])('%s: %s', (platform, text) => {
    expect(blocks(platform as never, text)).toContain('platform.competitor');
  });

  it("a platform's own name in another script stays silent on its pack", () => {
    expect(blocks('amazon', 'شكرا لتسوقك من أمازون')).toEqual([]);
    expect(blocks('walmart', 'ขอบคุณที่ซื้อที่วอลมาร์ต')).not.toContain('platform.competitor');
    expect(blocks('ebay', 'спасибо за покупку на ибей')).not.toContain('platform.competitor');
  });
});

describe('messaging apps in other scripts', () => {
  it.each([
    ['walmart', 'пишите в телеграмм'],
    ['amazon', 'подпишитесь на наш инстаграм'],
    ['amazon', 'تابعونا على فيسبوك'],
    ['shopee', 'ติดต่อทางเฟสบุ๊คได้เลย'],
    ['shopee', 'ไอจี shop_88 นะคะ'],
    ['aliexpress', '페북 shop_2024 로 연락주세요'],
    ['aliexpress', 'पूरी जानकारी के लिए टेलीग्राम पर आएं'],
  ])('%s: %s', (platform, text) => {
    expect(blocks(platform as never, text)).toContain('contact.im');
  });

  it.each([
    'на эту тему отгрузка будет завтра',
    'в инстанции всё решат',
    'мессенджер не нужен, пишите здесь',
    'システムのテーマを変更しました',
    'ไลน์สินค้าใหม่มาแล้ว',
  ])('stays clean: %s', (text) => {
    expect(blocks('amazon', text)).not.toContain('contact.im');
    expect(blocks('amazon', text)).not.toContain('platform.competitor');
  });
});
