/**
 * Detection round 10 (batches 47-48 read, 59-60 written blind and read), in our own words: star ratings in
 * any language with a reward, reviews bought with gift cards or a free item, removing a review in more
 * languages, "if you close the dispute", payment outside the platform (por fuera, hors plateforme, cash in
 * person, sin pasar por), absolute claims in English and Southeast Asian languages, cancelling explained
 * because the buyer asked, and the replies each of them leaves alone.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks, categories } from './bundled-blocks';

const fires: [PlatformId, string, string][] = [
  [
    'ebay',
    'Put ★★★★★ under this order and a small bonus rides along with your next parcel.',
    'review.manipulation',
  ],
  [
    'aliexpress',
    'Dört yıldızlı değil 5 yıldızlı değerlendirme yaparsanız 40 TL iade ederiz.',
    'review.manipulation',
  ],
  [
    'amazon',
    'Buyers who leave feedback this week receive a $10 gift card from our team.',
    'review.manipulation',
  ],
  ['ebay', 'Jeśli usunie Pan tę opinię, oddamy 20 zł.', 'review.manipulation'],
  ['ebay', 'Als kleines Dankeschön für 5 Sterne legen wir ein Geschenk bei.', 'review.manipulation'],
  ['aliexpress', 'Si cierras el reclamo esta semana te enviamos una funda de regalo.', 'review.manipulation'],
  ['pinduoduo', '收到有问题先找客服，千万别急着给差评哦', 'review.manipulation'],
  ['lazada', 'Bayar cash ke kurir kami saja, nggak usah checkout di aplikasi.', 'offplatform.payment'],
  ['aliexpress', 'Nous préférons être payés hors plateforme, par virement.', 'offplatform.payment'],
  ['dhgate', 'You can pay for the molds in cash at our factory when you visit.', 'offplatform.payment'],
  ['ebay', 'Mándeme el dinero directamente al vendedor, sin pasar por eBay.', 'offplatform.payment'],
  ['pinduoduo', '麻烦帮忙拍几单刷刷销量，本金马上退回', 'offplatform.payment'],
  ['amazon', 'Leave us 5 stars and we will send your $4 back in PayPal.', 'offplatform.payment'],
  ['walmart', 'Honestly the strongest blender in the world, nothing beats it.', 'ad.absolute'],
  ['lazada', 'Ito ang pinakamurang charger sa buong Pilipinas!', 'ad.absolute'],
  ['shopee', 'Quạt này rẻ nhất Việt Nam luôn chị ơi.', 'ad.absolute'],
  ['shopee', 'Könnten Sie die Bestellung bitte stornieren? Die Farbe ist aus.', 'order.cancel'],
  ['shopee', 'Lütfen siparişi iptal edip yeniden verin.', 'order.cancel'],
  ['shopee', 'te pedimos que canceles el pedido y compres el otro modelo', 'order.cancel'],
  ['aliexpress', 'Maybe the problem is you, not the charger.', 'abuse'],
  ['lazada', 'Wala ka bang utak? Nakasulat na nga.', 'abuse'],
  ['aliexpress', 'Попросите кого-нибудь прочитать вам размерную сетку.', 'abuse'],
  ['lazada', 'ถ้าของไม่ครบโทรหาร้านได้ที่ ๐๘๑-๒๓๔-๕๖๗๘ นะคะ', 'contact.phone'],
  ['amazon', 'Our mailbox is helpdesk.north at gee mail dot com.', 'contact.email'],
  ['lazada', 'Boleh bayar terus ke akaun CIMB kami, tak payah ikut Lazada.', 'offplatform.payment'],
  ['pinduoduo', '直接打到我的支 付 宝就行', 'offplatform.payment'],
  ['aliexpress', 'Можно оплатить через Вестерн Юнион.', 'offplatform.payment'],
  ['walmart', 'Lowest price on the entire web, no one beats our price.', 'ad.absolute'],
  ['shopee', 'Il faudrait que vous annuliez la commande de votre côté.', 'order.cancel'],
  ['shopee', 'Dá pra você cancelar e comprar de novo?', 'order.cancel'],
  ['amazon', 'u r s t u p i d', 'abuse'],
  ['shopee', 'Em không biết đọc mô tả hả?', 'abuse'],
  ['amazon', 'Schreiben Sie uns auf LINEで ID tanaka_shop7', 'contact.im'],
  ['ebay', 'Alles staat op tuinhuis punt nl slash montage', 'contact.url'],
  ['lazada', 'We will never ask you to pay by PayNow. Add our Telegram @deals88 instead.', 'contact.im'],
  ['shopee', 'Our fan is the number one choice in the Philippines.', 'ad.absolute'],
  ['walmart', 'The toughest cooler you will ever own.', 'ad.absolute'],
  ['amazon', "Simply the world's best kettle.", 'ad.absolute'],
  ['ebay', 'Mit dem Code HALLO5 sparen Sie 5 % bei der nächsten Bestellung.', 'marketing'],
  ['walmart', 'Con el código VUELVE12 tiene 12% de descuento en su próxima compra.', 'marketing'],
  ['shopee', 'DM on IG for more colours', 'contact.im'],
];

const silent: [PlatformId, string][] = [
  ['shopee', '您想取消的话，在"我的订单"里点"取消订单"就行，钱原路退回。'],
  ['shopee', 'Chị muốn hủy thì vào Đơn mua, chọn đơn rồi bấm "Hủy đơn" là được ạ.'],
  ['shopee', 'Kakak tanya cara membatalkan ya: Pesanan Saya > pilih pesanan > Batalkan Pesanan.'],
  ['amazon', 'To stop the refills you can cancel your subscription under Your Account.'],
  ['walmart', 'Press the CANCEL button on the remote to clear the timer.'],
  ['ebay', 'Thanks for your review! Orders over $50 ship free.'],
  ['aliexpress', 'Metronom: largo, andante, allegro i presto, od 30 do 250 BPM.'],
  ['aliexpress', 'Очиститель не выделяет озона, фильтр HEPA меняется раз в полгода.'],
  ['pinduoduo', '好的放心，收到后您把退款取消一下就行'],
  ['pinduoduo', '最新鲜的一批明天到货，到了马上给您发'],
  ['amazon', 'The best way to reach us is right here in Amazon messages.'],
  ['lazada', 'Nomor resi paket kakak JX1234567890, sudah dikirim ya.'],
  ['amazon', 'To end it, open Subscribe & Save and choose "Cancel subscription".'],
  ['amazon', 'Since you asked how: open Your Orders, pick the order and tap Cancel items.'],
  [
    'lazada',
    'Our staff will never ask you to pay via bank transfer or Telegram. If anyone does, report it in the app.',
  ],
  ['ebay', 'This is an original 1952 Western Union telegram in its envelope.'],
  ['amazon', 'The Telegram font on this poster is just the typeface name.'],
  ['walmart', 'Keep the invoice no. 2024/0871 and lot number 2024-118-5521 for the warranty.'],
  ['pinduoduo', '这款咸鱼干是今年新晒的，咸鱼上架后卖得很快'],
  ['walmart', 'The best you can do is wait one more day for the carrier.'],
  ['shopee', 'You will get a message on delivery day from the courier.'],
];

describe('round 10: ratings and rewards in any language, payment around the platform, claims, explained cancels', () => {
  it.each(fires)('%s: %s', (platform, text, category) => {
    expect(categories(platform, text)).toContain(category);
  });
  it.each(silent)('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).toEqual([]);
  });
  it('still reads a cancel request when the wish is about something else', () => {
    expect(blocks('shopee', 'If you want the red one, please cancel the order and buy it again.')).toContain(
      'order.cancel',
    );
  });
});
