/**
 * Detection round 9 (batches 47-54), in our own words: "then" after a condition starts a clause, a refused
 * list's middle item, neither/nor, printed ids (UPU, UPS, numbers in fours), date ranges, dictated mail
 * names, Arabic clitics, Cyrillic з in a number, reviews bought "in return" or for an amount, PayPal F&F,
 * Russian card payments, polite cancel requests, doxxing on "my page", spoken @ after an app, and the
 * replies each of them leaves alone.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks, categories } from './bundled-blocks';

const fires: [PlatformId, string, string][] = [
  ['shopee', 'Nếu gọi không được thì chị nhắn em qua Zalo 0912 345 678 nhé.', 'contact.im'],
  ['pinduoduo', '电话打不通的话加我微信lily2025就行。', 'contact.im'],
  ['amazon', 'Write to anna dot greenleaf at gmail and we will answer.', 'contact.email'],
  [
    'aliexpress',
    'Если дадите пять звёзд, переведите оплату на мою карту — скинем скидку.',
    'offplatform.payment',
  ],
  ['aliexpress', 'Можно без площадки: скидываете на карту Тинькофф, и всё.', 'offplatform.payment'],
  ['ebay', 'Just send £30 as F&F and I post it today.', 'offplatform.payment'],
  ['ebay', 'We add a €5 refund, and in return we hope for a positive review.', 'review.manipulation'],
  ['amazon', 'Leave a 5-star review and we pay you back $8.', 'review.manipulation'],
  [
    'ebay',
    'Als Gegenleistung für eine positive Bewertung schicken wir Ihnen Zubehör.',
    'review.manipulation',
  ],
  ['pinduoduo', '给个五星好评，下单直接减二十元。', 'review.manipulation'],
  ['aliexpress', 'Si nos pone cinco estrellas وبخمس نجوم نرسل لك قسيمة خصم.', 'review.manipulation'],
  ['lazada', 'Pwede po bang pakibura yung review niyo? May libreng case po kayo.', 'review.manipulation'],
  ['shopee', '¿Me hace el favor de cancelar la orden? Ya no tenemos stock.', 'order.cancel'],
  ['shopee', '在庫切れのため、ご注文をキャンセルしていただけませんか。', 'order.cancel'],
  ['ebay', 'Keep it up and I will post your photo all over our page.', 'abuse'],
  ['lazada', 'Bobo ba kayo? Nakasulat na po sa listing.', 'abuse'],
  ['pinduoduo', '你这人脑子有毛病吧，说了三遍了。', 'abuse'],
  ['aliexpress', 'Я знаю ваш адрес, подумайте ещё раз.', 'abuse'],
  ['shopee', 'Chị cứ báo cáo đi, số điện thoại của chị em vẫn còn lưu đấy.', 'abuse'],
  ['amazon', 'We will ship you an empty box, you confirm receipt, we refund you.', 'offplatform.payment'],
  ['ebay', 'Bitte eine Probebestellung über 1 EUR aufgeben, wir erstatten alles.', 'offplatform.payment'],
  ['ebay', 'Cash is easier: pay me in cash when you collect it.', 'offplatform.payment'],
  ['aliexpress', 'Пишите в тг: собака ivan точка store.', 'contact.im'],
  ['dhgate', 'Unseren Service erreichen Sie über Signal unter +49 1512 3456789.', 'contact.im'],
  ['walmart', 'Text your order # to 3I2-555-O1four7 and we reply.', 'contact.phone'],
  ['walmart', 'Call 2I3 5З5 0187 for the part.', 'contact.phone'],
  ['tiktok', 'Find us on the app with the paper plane icon, same name as the shop.', 'contact.im'],
  ['amazon', '詳しくは「ら い ん」で ID: mika_home77 まで。', 'contact.im'],
  ['shopee', '까톡 추가해 주세요: sunny_mall88', 'contact.im'],
  ['tiktok', 'Bank in terus ke akaun CIMB saya, tak payah checkout dalam app.', 'offplatform.payment'],
  ['ebay', 'Your one-star was harsh. Take it down and a free spare is yours.', 'review.manipulation'],
  ['shopee', '滿意的話留個五顆星評價，下次下單直接折三十元。', 'review.manipulation'],
  ['amazon', 'Maybe try reading the size chart next time.', 'abuse'],
  ['ebay', 'It would be a shame if we had to report your account.', 'abuse'],
  ['ebay', 'If you cancel on eBay and pay £40 by PayPal F&F, you save the fees.', 'offplatform.payment'],
  ['aliexpress', 'Paiement possible par PayPal entre amis, plus simple.', 'offplatform.payment'],
  ['shopee', 'Mời bạn apply for c4ncel order giúp shop nhé.', 'order.cancel'],
  ['shopee', 'Bạn bị ngu à, đã nói ba lần rồi.', 'abuse'],
  ['shopee', '你腦袋裝水嗎？說明寫得很清楚。', 'abuse'],
  ['lazada', 'May libreng keychain kapag nag-5 stars ka po.', 'review.manipulation'],
  ['lazada', 'Pakibawi na lang po ang 1 star rating, may refund po kayo.', 'review.manipulation'],
  ['pinduoduo', '差评麻烦删一下，我们给您免费补发。', 'review.manipulation'],
  ['pinduoduo', '我们私下转10块钱给你，这单就这样吧。', 'offplatform.payment'],
  ['dhgate', '계좌이체로 결제하시면 5% 더 할인해 드려요.', 'offplatform.payment'],
  ['ebay', 'Keep that review up and we will see how you like it.', 'abuse'],
  ['ebay', 'We will report you as a scammer to all the sellers we know.', 'abuse'],
  ['shopee', 'รบกวนลูกค้ายกเลิกออร์เดอร์นี้นะคะ', 'order.cancel'],
  ['aliexpress', 'Pour le SAV : zéro sept, vingt-deux, trente et un, quarante, dix-neuf.', 'contact.phone'],
  ['dhgate', '포토 리뷰 써주시면 5,000원 적립금 드립니다.', 'review.manipulation'],
  ['aliexpress', 'Boş kutu gönderiyoruz, paranız iade edilir.', 'offplatform.payment'],
  ['ebay', 'Można taniej poza aukcją, przelewem.', 'offplatform.payment'],
  ['aliexpress', 'Banka havalesi ile doğrudan öderseniz kargo bedava.', 'offplatform.payment'],
  ['aliexpress', 'Вы вообще с головой не дружите?', 'abuse'],
  ['pinduoduo', '你的手机地址我们手里都有，想清楚。', 'abuse'],
  ['ebay', 'Napisz na zielonym komunikatorze, nick: parts_pl.', 'contact.im'],
  ['amazon', 'We refund the full price, and the parcel can be empty.', 'offplatform.payment'],
];

const silent: [PlatformId, string][] = [
  ['ebay', 'We will never ask you to pay by wire transfer, MoneyGram or gift card; pay through eBay only.'],
  ['walmart', 'Neither Walmart nor our shop will ever ask you to pay through Zelle or Venmo.'],
  ['ebay', 'Royal Mail tracking RR 1234 5678 5GB, posted today.'],
  ['amazon', 'UPS tracking 1Z9W4E730388124471, delivery on Friday.'],
  ['aliexpress', 'Numer przesyłki InPost: 6900 1234 5678 9012 3456 78.'],
  ['aliexpress', 'Our factory is closed 10/01-10/07 for the holiday.'],
  ['lazada', 'Dạ shop đã nhận được yêu cầu hủy đơn của chị, tiền sẽ hoàn trong 3 ngày ạ.'],
  ['shopee', '提醒您：若有人要求您到蝦皮以外的地方匯款，請不要理會並向客服檢舉。'],
  ['shopee', 'ถ้ามีคนอ้างชื่อร้านแล้วขอให้โอนเงินนอกแอป อย่าโอนนะคะ'],
  ['amazon', 'Rated 5 stars by 2,000 buyers, now only $19.99.'],
  ['ebay', 'Thanks for the positive review! Orders over $50 ship free.'],
  ['aliexpress', 'Мы вернём деньги на вашу карту в течение трёх дней.'],
  ['shopee', 'ご注文はマイページからキャンセルしていただけます。'],
  ['amazon', 'We would love to share your photo on our page if you agree.'],
  ['ebay', 'We are a friends and family business since 1998.'],
  ['aliexpress', 'Собака съела коробку, пришлите фото, пожалуйста.'],
  ['dhgate', 'Das Signal ist stark, Modell 12345678.'],
  ['shopee', '카카오 브라운 색상은 품절입니다.'],
  ['aliexpress', 'المنتج وصل بحالة ممتازة، شكراً لك.'],
  ['lazada', 'Địa chỉ của chị em đã cập nhật rồi ạ.'],
  ['ebay', 'Thanks for the 5-star rating! If the lamp flickers, take it down and we send a free bulb.'],
  ['amazon', 'Maybe reading the manual helps: page 4 shows the pairing.'],
  ['ebay', 'It would be a shame if you missed the restock, so we saved one for you.'],
  ['ebay', 'We refund automatically to the original payment method at checkout.'],
  ['aliexpress', 'Le colis a un jour de retard à cause de la grève, désolé.'],
  ['shopee', 'ไลฟ์คืนนี้ขอยกเลิกนะคะ เลื่อนเป็นพรุ่งนี้ค่ะ'],
  ['aliexpress', 'Puedes pagar con Bizum o tarjeta al finalizar la compra en AliExpress.'],
  ['pinduoduo', '不需要您取消订单，也不需要添加任何联系方式。'],
  ['aliexpress', 'Numer przesyłki to 6300 1234 5678 1. Paczka jest w drodze.'],
  ['ebay', 'That text asking you to pay by Western Union was not from me. Please report it.'],
  ['ebay', "A first edition of 'A Journey in the Amazon', dust jacket intact."],
  ['aliexpress', 'The band pairs with the FitPro app. It shows notifications from WhatsApp and WeChat.'],
  ['aliexpress', 'Telegram-style greeting cards, 50 per pack.'],
  ['ebay', 'Unser Kakaopulver enthält 32 % Kakao.'],
  ['amazon', 'أي رسالة تطلب منك الدفع عبر واتساب ليست منا.'],
];

describe('round 9: conditions, printed ids, bought reviews and the replies they leave alone', () => {
  it.each(fires)('%s: %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });
  it.each(silent)('%s stays silent: %s', (platform, text) => {
    expect(blocks(platform, text)).toEqual([]);
  });
  it('keeps a refusal that names "then" afterwards a refusal', () => {
    expect(categories('ebay', 'We will not add you on WhatsApp then.')).not.toContain('contact.im');
  });
});
