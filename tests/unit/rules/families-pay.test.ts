/**
 * Off-platform payment and review manipulation phrased without the packs' keywords, in our own words: a
 * wallet or bank with "straight to me", payment-app slang, fake orders with a commission, a rating and a
 * reward sentences apart, pressure to change a low rating or close a dispute; and the replies that stay silent.
 */
import type { PlatformId } from '@/lib/platforms';
import { familyCases } from './bundled-blocks';

const fires: [PlatformId, string, string][] = [
  // a wallet or bank with "to me / my own account / the shop's account"
  ['shopee', 'Pode mandar pelo Pix direto pra mim que eu já separo o pedido.', 'offplatform.payment'],
  ['shopee', 'Sa GCash mo na lang i-send, direct sa akin para mabilis.', 'offplatform.payment'],
  ['lazada', 'Kung gusto mo, Maya o GCash diretso sa akin, walang fee.', 'offplatform.payment'],
  ['aliexpress', 'Proszę zapłacić przelewem na konto, numer w mBanku podam zaraz.', 'offplatform.payment'],
  ['shopee', 'ลูกค้าโอนตรงเข้าบัญชีกสิกรของร้านได้เลยค่ะ', 'offplatform.payment'],
  ['shopee', 'Kak, bayarnya via BCA langsung ke admin aja biar cepat', 'offplatform.payment'],
  ['shopee', 'Bạn chuyển khoản trực tiếp qua Vietcombank cho shop nhé', 'offplatform.payment'],
  ['aliexpress', 'Puedes mandarlo por Bizum directo a mí y te lo envío hoy.', 'offplatform.payment'],
  ['ebay', 'Zelle it straight to my phone and I will ship tonight.', 'offplatform.payment'],
  // payment-app slang
  ['ebay', 'Easier if you use the green $ app, my tag is below.', 'offplatform.payment'],
  ['ebay', 'Shoot it to $NorthPineGoods and I will mark it paid.', 'offplatform.payment'],
  ['ebay', 'Just send it thru PP, no fees that way.', 'offplatform.payment'],
  ['ebay', 'Pay it as f&f please so the fees stay low.', 'offplatform.payment'],
  ['walmart', 'Please buy my test listing for $1 and I will send the real one.', 'offplatform.payment'],
  ['ebay', 'I will send you $20, then you buy my $19.99 dummy listing.', 'offplatform.payment'],
  [
    'shopee',
    'Kak checkout link dummy yang 10rb aja, nanti kami ganti full + komisi 10%.',
    'offplatform.payment',
  ],
  [
    'aliexpress',
    'Order it, the parcel is not shipped, you get your money back plus commission.',
    'offplatform.payment',
  ],
  // a rating and a reward in different sentences
  [
    'shopee',
    'Cảm ơn bạn đã ủng hộ shop. Nếu được bạn cho shop 5 ngôi sao kèm ảnh nhé. Shop sẽ hoàn lại 20k vào ví.',
    'review.manipulation',
  ],
  [
    'amazon',
    'Full stars with a photo would make our week! Once it is up, we will send you $3 as a thank you.',
    'review.manipulation',
  ],
  [
    'shopee',
    'Kak jangan lupa bintang full ya. Screenshot aja ke chat, nanti kami transfer 15rb ke e-wallet kakak.',
    'review.manipulation',
  ],
  // pressure to change a low rating or close a dispute
  ['ebay', 'Could you bump that 2 star up to five for us?', 'review.manipulation'],
  ['aliexpress', 'Vous devez d’abord annuler le litige, ensuite on rembourse.', 'review.manipulation'],
  ['aliexpress', 'Tienes que cerrar la disputa y te mandamos otro.', 'review.manipulation'],
  ['aliexpress', 'Chiudi la controversia e ti rimborsiamo subito.', 'review.manipulation'],
  // "don't forget" is a reminder, not a negation
  ['shopee', 'Jangan lupa transfer via BCA langsung ke admin ya kak.', 'offplatform.payment'],
];

const silent: [PlatformId, string][] = [
  ['shopee', 'Pode pagar com Pix no checkout do app, cai na hora.'],
  ['lazada', 'You can pay with GCash at checkout, it is the fastest.'],
  ['lazada', 'Your refund goes back to your GCash account in 3-5 days.'],
  ['ebay', 'The case is made of PP plastic, very light.'],
  ['ebay', 'Send this gift set to friends and family for the holidays.'],
  ['walmart', 'Sorry the mug arrived chipped. We will send you $5 back today.'],
  ['walmart', 'If you are happy with it, five stars would mean a lot to our small shop.'],
  ['aliexpress', 'Sorry, this item is out of stock and won’t be shipped; we will refund you in full.'],
  ['aliexpress', 'Si vous fermez le litige, vous ne pourrez pas le rouvrir.'],
  ['aliexpress', 'El sistema cierra la disputa después de 15 días si nadie responde.'],
  ['ebay', 'The 2 stars on the listing photo are part of the print.'],
  ['shopee', 'Kak jangan lupa cek resi ya. Kalau ada kendala, kami refund 15rb ongkirnya.'],
  ['shopee', 'Đừng quên kiểm tra hàng nhé. Shop hoàn lại 20k phí ship do giao trễ.'],
];

familyCases('payment and review families without the packs’ keywords', fires, silent);
