/**
 * Families added after held-out batch 16 (written here in our own words, not the batch's): app and
 * marketplace names in the buyer's script, gift-card and top-up payments, changing a rating for something,
 * cancellation paraphrases; and the ordinary replies next to each that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks } from './bundled-blocks';

describe('families from batch 16', () => {
  it.each<[PlatformId, string, string]>([
    ['shopee', 'ทักมาทางวีแชท ID: shopth_21 นะคะ', 'contact.im'],
    ['aliexpress', '카카오톡 ID: deal2025 로 연락주세요', 'contact.im'],
    ['aliexpress', 'テレグラムで連絡してね', 'contact.im'],
    ['aliexpress', '楽天市场のほうが安いです', 'platform.competitor'],
    ['lazada', 'ช้อปปี้ลดราคาอยู่ค่ะ', 'platform.competitor'],
    ['amazon', 'buy a Google Play gift card and send me the claim code', 'offplatform.payment'],
    ['pinduoduo', '帮我买张充值卡，卡密直接发我就行', 'offplatform.payment'],
    ['shopee', 'tolong isi pulsa ke nomor 0812 admin ya', 'offplatform.payment'],
    ['walmart', 'could you switch your review to 5 stars first', 'review.manipulation'],
    ['aliexpress', 'si cambias la reseña a 5 estrellas te devolvemos 10', 'review.manipulation'],
    ['pinduoduo', '麻烦把差评改为好评，我给您补偿', 'review.manipulation'],
    ['shopee', '亲，麻烦撤单重新拍一下', 'order.cancel'],
    ['shopee', 'please void the order and buy again', 'order.cancel'],
  ])('%s: %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });

  it.each<[PlatformId, string]>([
    ['amazon', 'the code of the gift card you bought is printed on its back'],
    ['amazon', 'the rating went from 4 stars to 5 stars after the update'],
    ['shopee', 'ラインナップは豊富です'],
    ['pinduoduo', '我们不刷单，也不搞好评返现'],
    ['shopee', 'kami tak dibenarkan beri nombor WhatsApp'],
    ['pinduoduo', '您给的微信号我们不能加，有问题在这里说'],
    ['pinduoduo', '支持天猫精灵语音控制'],
    ['pinduoduo', '温度最低能调到40度'],
  ])('%s stays silent on %s', (platform, text) => {
    expect(blocks(platform, text)).toEqual([]);
  });
});
