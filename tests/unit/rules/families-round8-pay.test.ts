/**
 * Round 8, in our own words: a rating asked with a photo or screenshot and any reward, a rating changed for a
 * refund or a gift, a wallet with the pay verb after it, PayPal friends-and-family in five languages, a Pix key
 * handed over, a platform's fee saved, test orders; with the replies each family leaves alone.
 */
import type { PlatformId } from '@/lib/platforms';
import { familyCases } from './bundled-blocks';

const fires: [PlatformId, string, string][] = [
  [
    'lazada',
    'Give us 5 stars with two pictures, DM the screenshot and we credit MYR 5 to you.',
    'review.manipulation',
  ],
  [
    'shopee',
    'Please rate 5 stars with a photo. Send the screenshot to us. We will return USD 2 to you.',
    'review.manipulation',
  ],
  [
    'aliexpress',
    'Avalie com 5 estrelas e foto, mande o print e ganha um chaveiro de brinde.',
    'review.manipulation',
  ],
  ['pinduoduo', '亲，五星好评带图发个截图给我们，送您一个小礼物。', 'review.manipulation'],
  [
    'ebay',
    'If you switch the negative to a positive we will send you a $6 gift card.',
    'review.manipulation',
  ],
  ['pinduoduo', '给您补5块钱红包，麻烦把评价改一下哈。', 'review.manipulation'],
  ['aliexpress', 'Si cambias tu reseña te devolvemos el envío.', 'review.manipulation'],
  ['lazada', 'Pa-rate po ng 5 stars, ibabalik po namin ang delivery fee ninyo.', 'review.manipulation'],
  ['amazon', 'اكتب تقييم خمس نجوم ونعيد لك المبلغ كاملا.', 'review.manipulation'],
  ['aliexpress', 'Por PayPal me lo pagas y te lo mando hoy.', 'offplatform.payment'],
  ['aliexpress', 'Vous pouvez régler par PayPal entre proches, c’est plus simple.', 'offplatform.payment'],
  ['aliexpress', 'Zahlen Sie bitte per PayPal als Freunde und Familie.', 'offplatform.payment'],
  ['aliexpress', 'Puede pagar por PayPal como amigos y familiares.', 'offplatform.payment'],
  ['aliexpress', 'Paga con PayPal amici e familiari, così risparmi.', 'offplatform.payment'],
  ['shopee', 'Vou te mandar a chave pix da loja agora.', 'offplatform.payment'],
  ['shopee', 'Manda um p1x que eu envio hoje.', 'offplatform.payment'],
  ['ebay', 'Paying me via Zelle skips the eBay fees for both of us.', 'offplatform.payment'],
  ['pinduoduo', '亲，差价3块我直接砖给您吧。', 'offplatform.payment'],
  [
    'aliexpress',
    'Procuramos clientes para pedidos de teste: a gente devolve tudo depois.',
    'offplatform.payment',
  ],
  ['shopee', 'Kak bantu pesanan tes ya, nanti uangnya kami kembalikan plus komisi.', 'offplatform.payment'],
];

const silent: [PlatformId, string][] = [
  ['shopee', 'Please leave a review with photos, it helps other buyers choose.'],
  ['shopee', 'Thank you for the 5-star review with the photo of your garden!'],
  ['walmart', 'Please rate your order; if the item arrived damaged, send a photo and we will refund you.'],
  ['shopee', 'Bạn gửi ảnh sản phẩm bị vỡ giúp shop, shop hoàn tiền 50k nhé. Cảm ơn đánh giá của bạn.'],
  ['pinduoduo', '退款已经原路退回，评价可以在订单页修改。'],
  ['aliexpress', 'Pague com Pix no app, na finalização da compra.'],
  ['aliexpress', 'El reembolso vuelve a tu cuenta PayPal automáticamente.'],
  ['aliexpress', 'Le coffret cadeau est idéal pour vos proches.'],
  ['ebay', 'The listing price already includes the eBay fees.'],
  ['pinduoduo', '这个问题我直接转给售后同事处理。'],
  ['aliexpress', 'Fizemos um pedido de teste interno e o sistema funciona.'],
  ['pinduoduo', '质量问题可以给您开具检测单处理退换。'],
  ['walmart', 'The p1x adapter fits both models.'],
];

familyCases(
  'round 8: review deals with proof or a changed rating, wallets in any order, test orders',
  fires,
  silent,
);
