import { describe, expect, it } from 'vitest';
import { namedAsProduct } from '@/lib/detect/product-name';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return namedAsProduct(text, start, start + name.length);
};

describe('namedAsProduct: an app name that labels a thing, not a way to reach the seller', () => {
  it.each([
    ['The "Telegram Mini 2" speaker is original, with a 1 year warranty.', 'Telegram'],
    ['The "Viber" sticker on the box comes from the packaging supplier.', 'Viber'],
    ['สินค้านี้รุ่น TG-0812-3345 เป็นรุ่นปี 2024 ค่ะ', 'TG-0812-3345'],
    ['型号 WA2024 是小号的', 'WA2024'],
    // A call through the app as a headset's feature.
    ['Tai nghe Bluetooth này nghe nhạc hay gọi Zalo đều rõ.', 'Zalo'],
    ['These earbuds are great for WhatsApp calls on the go.', 'WhatsApp'],
    // The app's name as a word of a quoted product's name.
    ['Our "Singing Telegram" greeting card plays a tune.', 'Telegram'],
  ])('product: %s', (text, name) => {
    expect(at(text, name)).toBe(true);
  });
  it.each([
    ['Add "Telegram" @glowshop for a faster reply.', 'Telegram'],
    ['Model: WA-0812345678, call me any time.', 'WA-0812345678'],
    ['Message us on Telegram about the Mini 2.', 'Telegram'],
    ['The headset is fine, just call Zalo 0912 345 678 if it fails.', 'Zalo'],
    ['Gọi Zalo cho shop nhé, tai nghe sẽ được đổi.', 'Zalo'],
    ['If the earbuds are faulty, make a WhatsApp call to us.', 'WhatsApp'],
    ['If the earbuds stop working, call on WhatsApp and we will help.', 'WhatsApp'],
    ["We're on Telegram 24/7, don't hesitate.", 'Telegram'],
  ])('a way to reach someone: %s', (text, name) => {
    expect(at(text, name)).toBe(false);
  });
});
