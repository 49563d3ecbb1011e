/**
 * Round 7, in our own words: money moved by a wallet or bank (a refund, payment or top-up verb, a channel word, a
 * wallet), fake orders with nothing shipped, and review deals (any reward after a rating, a review taken down in any
 * verb form); with the replies each family leaves alone (the platform's own refunds, checkout options, a buyer's
 * question, out-of-stock notices, a plain thank-you, a coupon with no review asked).
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks } from './bundled-blocks';

const fires: [PlatformId, string, string][] = [
  ['walmart', "We'll give back what you paid and add $4 on top, sent through PayPal.", 'offplatform.payment'],
  ['ebay', 'I can refund the difference via Venmo today.', 'offplatform.payment'],
  ['aliexpress', 'Nosotros te devolvemos los 12 euros por Bizum esta tarde.', 'offplatform.payment'],
  ['aliexpress', 'Te hago un bizum con la diferencia.', 'offplatform.payment'],
  ['aliexpress', 'Je vous rembourse les frais de port par Lydia ce soir.', 'offplatform.payment'],
  ['aliexpress', 'On vous fait un virement Paylib de 5 €.', 'offplatform.payment'],
  ['aliexpress', 'Wir erstatten Ihnen 8 € per PayPal zurück.', 'offplatform.payment'],
  ['aliexpress', 'Ich überweise Ihnen die Differenz direkt aufs Konto.', 'offplatform.payment'],
  ['aliexpress', 'Vi skickar tillbaka 50 kr via Swish.', 'offplatform.payment'],
  ['aliexpress', 'Zwrócimy 20 zł BLIKiem na Pana telefon.', 'offplatform.payment'],
  ['shopee', 'Shop sẽ hoàn tiền cho bạn qua ZaloPay trong hôm nay nhé.', 'offplatform.payment'],
  ['shopee', 'Mình chuyển lại 15k qua ví MoMo cho bạn nha.', 'offplatform.payment'],
  ['shopee', 'Kami kembalikan ongkirnya lewat DANA ya kak.', 'offplatform.payment'],
  ['shopee', 'Nanti kami refund 20rb melalui OVO kak.', 'offplatform.payment'],
  ['lazada', 'Kami akan bank in RM10 ke akaun Maybank cik.', 'offplatform.payment'],
  ['lazada', 'Boleh saya transfer balik duit guna TNG?', 'offplatform.payment'],
  ['lazada', "We'll send the refund to your GCash po, just give me your number.", 'offplatform.payment'],
  ['shopee', 'ร้านจะโอนเงินคืนให้ทางพร้อมเพย์นะคะ', 'offplatform.payment'],
  ['shopee', 'ทางร้านคืนเงิน 50 บาทผ่านทรูมันนี่ค่ะ', 'offplatform.payment'],
  ['ebay', "Just send the $40 straight to my bank and I'll ship.", 'offplatform.payment'],
  ['ebay', 'You can Zelle me the balance.', 'offplatform.payment'],
  ['walmart', 'We can compensate you with $10 through Cash App.', 'offplatform.payment'],
  ['aliexpress', '差价我这边用支付宝转给您。', 'offplatform.payment'],
  ['pinduoduo', '少发的那件我微信退您15元。', 'offplatform.payment'],
  ['pinduoduo', '运费我直接打到您银行卡上。', 'offplatform.payment'],
  ['aliexpress', 'A gente devolve o valor no Pix da senhora hoje.', 'offplatform.payment'],
  ['aliexpress', 'Devolvemos R$ 20 na sua conta Nubank.', 'offplatform.payment'],
  ['aliexpress', 'Kami top up RM5 ke Boost kakak sebagai ganti rugi.', 'offplatform.payment'],
  ['amazon', 'Would you consider taking down the two-star review now that it works?', 'review.manipulation'],
  ['ebay', "Once you've removed the negative feedback we will refund the shipping.", 'review.manipulation'],
  ['walmart', 'Could you look at changing your rating to 5 stars?', 'review.manipulation'],
  ['lazada', 'Pag nag-rate po kayo ng 5 stars, bibigyan namin kayo ng ₱30 na load.', 'review.manipulation'],
  ['shopee', 'Kak kasih bintang 5 ya. Nanti kami isi pulsa 10rb buat kakak.', 'review.manipulation'],
  ['shopee', 'Bạn đánh giá 5 sao giúp shop nha. Shop sẽ nạp thẻ 20k cho bạn.', 'review.manipulation'],
  ['lazada', "Leave us 5 stars, then we'll refund your shipping fee.", 'review.manipulation'],
  ['shopee', 'รีวิว 5 ดาวให้ร้านหน่อยนะคะ ร้านโอนค่าส่งคืนให้ค่ะ', 'review.manipulation'],
  ['aliexpress', 'Por favor, quite la reseña de una estrella, le devolvemos 5 euros.', 'review.manipulation'],
  ['shopee', 'Chị gỡ đánh giá 1 sao giúp em, em hoàn 20k ạ.', 'review.manipulation'],
  ['pinduoduo', '亲，麻烦把差评删了，我们给您补5元。', 'review.manipulation'],
  [
    'aliexpress',
    'Place another order on this link, no need to really ship it, we refund you plus commission.',
    'offplatform.payment',
  ],
  ['pinduoduo', '再拍一单这个链接，不用真的发货的。', 'offplatform.payment'],
  ['pinduoduo', '亲拍一下这个，拍了不发的哈。', 'offplatform.payment'],
  ['shopee', 'Kak order lagi ya, gak usah dikirim kok barangnya.', 'offplatform.payment'],
  ['shopee', 'Bạn đặt thêm một đơn nữa nhé, shop không gửi hàng thật đâu.', 'offplatform.payment'],
  ['aliexpress', 'Haz otro pedido, no hace falta enviar nada.', 'offplatform.payment'],
  ['aliexpress', 'Faça outro pedido, não precisa enviar nada.', 'offplatform.payment'],
  ['shopee', 'ลูกค้าโอนตรงเข้าบัญชีร้านได้เลยนะคะ', 'offplatform.payment'],
  ['shopee', 'รีวิวเสร็จรับเงินคืน 20 บาททางพร้อมเพย์ค่ะ', 'offplatform.payment'],
  ['aliexpress', 'Sie können uns den Betrag gerne direkt per Überweisung schicken.', 'offplatform.payment'],
];

const silent: [PlatformId, string][] = [
  ['walmart', 'Your refund will go back to your original payment method in 3-5 days.'],
  ['ebay', 'eBay refunds to your PayPal account automatically once the return is scanned.'],
  ['shopee', 'Shopee sẽ hoàn tiền về ví ShopeePay của bạn.'],
  ['shopee', 'Chúng tôi không bao giờ chuyển tiền qua Momo, hãy cẩn thận.'],
  ['walmart', 'We never send money by Zelle or Venmo.'],
  ['lazada', 'You can pay with GCash or Maya at checkout.'],
  ['shopee', 'Dana akan dikembalikan ke ShopeePay kakak dalam 1x24 jam.'],
  ['aliexpress', 'Puede pagar con Bizum al finalizar la compra.'],
  ['aliexpress', 'El reembolso vuelve a tu método de pago original.'],
  ['pinduoduo', '退款会原路退回您的支付宝，请注意查收。'],
  ['aliexpress', 'We will refund you in full through AliExpress.'],
  ['shopee', 'Bạn có thể thanh toán qua ví MoMo khi đặt hàng.'],
  ['ebay', 'Please send the item back by USPS and we will refund you.'],
  ['aliexpress', 'Sie können per PayPal oder Kreditkarte an der Kasse bezahlen.'],
  ['amazon', 'Reviews help other buyers choose the right size.'],
  ['shopee', 'Kak, ini voucher 10rb untuk pesanan berikutnya. Terima kasih sudah belanja!'],
  ['walmart', 'Here is a coupon for your next order. Have a great day!'],
  ['lazada', 'Load capacity is 150 kg. If you like it, 5 stars would help us a lot.'],
  ['ebay', 'We removed the listing photo that showed the wrong colour.'],
  ['shopee', 'Shop đã hoàn phí ship cho bạn do giao trễ. Cảm ơn bạn đã mua hàng.'],
  ['aliexpress', "Please place a new order for the blue one; this one is out of stock and we won't ship it."],
  ['pinduoduo', '这款缺货了，不发货，麻烦您拍下另一款。'],
  ['walmart', 'We ship every order within 24 hours, please place an order anytime.'],
  ['ebay', 'Please place a new order with the right address; we cannot ship the old one and will cancel it.'],
  ['shopee', 'เงินคืนจะเข้าบัญชีเดิมที่ชำระผ่านแอปค่ะ'],
  ['walmart', 'Please check with your bank regarding the refund, it was issued on Monday.'],
  ['walmart', 'The refund was sent to your bank on Monday, please allow 5 days.'],
  [
    'aliexpress',
    'You asked if we could return the shipping fee by Bizum; we can only refund through AliExpress.',
  ],
];

describe('money by a wallet, fake orders and review deals', () => {
  it.each(fires)('%s: %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });
  it.each(silent)('%s stays silent: %s', (platform, text) => {
    expect(
      blocks(platform, text).filter((c) => c === 'offplatform.payment' || c === 'review.manipulation'),
    ).toEqual([]);
  });
});
