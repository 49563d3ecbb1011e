/**
 * Rank claims written with a digit (第1, 第①), a product attribute called the best (音质最好), and a buyer
 * asked to press the cancel button themselves, in our own phrasings; with the replies that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { categories } from './bundled-blocks';

describe('rank claims, best-attribute claims and cancel buttons', () => {
  it.each<[PlatformId, string, string]>([
    ['pinduoduo', '这款耳机销量第1，放心拍', 'ad.absolute'],
    ['pinduoduo', '我们家是全国第②大的工厂，行业第①', 'ad.absolute'],
    ['pinduoduo', '连续三年稳居第1，品质有保障', 'ad.absolute'],
    ['pinduoduo', '这个价位里音质最好的就是它了', 'ad.absolute'],
    ['pinduoduo', '我们的做工绝对是最棒的', 'ad.absolute'],
    ['pinduoduo', '亲，这款保暖性同类最强', 'ad.absolute'],
    ['shopee', 'Kak, boleh klik sendiri tombol batalkan di halaman pesanan ya', 'order.cancel'],
    ['lazada', 'Sis tolong tekan butang batal dekat app ya, stok habis', 'order.cancel'],
    ['shopee', 'Could you tap the cancel order button on your side? We ran out.', 'order.cancel'],
    ['shopee', 'Chị nhấn vào nút huỷ đơn giúp em nha', 'order.cancel'],
  ])('%s: %s → %s', (platform, text, category) => {
    expect(categories(platform, text)).toContain(category);
  });

  it.each<[PlatformId, string, string]>([
    ['pinduoduo', '快递单号第12位是校验码，您核对一下', 'ad.absolute'],
    ['pinduoduo', '这批是第10批货，明天发出', 'ad.absolute'],
    ['pinduoduo', '您最好今天下单，明天就能发', 'ad.absolute'],
    ['pinduoduo', '冷藏后口感最好，收到请放冰箱', 'ad.absolute'],
    ['shopee', 'Jangan tekan tombol batal ya kak, pesanan sudah dikirim', 'order.cancel'],
    [
      'shopee',
      'Please do not press the cancel button, the parcel is already with the courier.',
      'order.cancel',
    ],
    ['shopee', 'Press the power button for three seconds to switch the noise cancelling on.', 'order.cancel'],
  ])('%s stays silent: %s (no %s)', (platform, text, category) => {
    expect(categories(platform, text)).not.toContain(category);
  });
});
