/**
 * Detection round 8 (batches 31-38; the files named round8 belong to round 7's second pass), in our own
 * words: ratings raised "to 5 little stars", reviews taken down, quoted cancel buttons, Tagalog "kayo na
 * lang mag-cancel", insults with no swear word, "we know your address" in Turkish, Bizum handed over,
 * orders placed with the seller's money, Target by its logo, WhatsApp by its logo, Mexican +52 1 mobiles,
 * a number read out in pieces beside "telepon"; and the replies each of them leaves alone.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks, categories } from './bundled-blocks';

const fires: [PlatformId, string, string][] = [
  [
    'aliexpress',
    '¿Podría subir su nota de 3 a 5 estrellitas? Le regalamos un llavero.',
    'review.manipulation',
  ],
  ['amazon', 'Now that you have your refund, could you take your review down?', 'review.manipulation'],
  ['shopee', 'Easiest fix: press “Cancel order” on your side and buy the blue one.', 'order.cancel'],
  ['shopee', 'Ma’am, ikaw na lang po mag-cancel, tapos order ulit bukas.', 'order.cancel'],
  ['shopee', 'Mag-cancel na lang po kayo para mabilis.', 'order.cancel'],
  ['walmart', 'We told you three times. Are you really this slow and dense?', 'abuse'],
  ['aliexpress', 'Może warto się najpierw nauczyć czytać opisy.', 'abuse'],
  ['aliexpress', 'Señora, aprenda a leer antes de reclamar.', 'abuse'],
  ['amazon', 'Maybe you should learn to read before you complain.', 'abuse'],
  ['pinduoduo', '你先去学会识字再来问吧。', 'abuse'],
  ['ebay', 'We will make sure all the sellers in our group know who you are.', 'abuse'],
  ['aliexpress', 'Adresinizi biliyoruz, dikkatli olun.', 'abuse'],
  ['aliexpress', 'Si lo quieres hoy, hazme un bizum y te lo mando.', 'offplatform.payment'],
  ['aliexpress', 'Mándame un Bízum al móvil y listo.', 'offplatform.payment'],
  [
    'amazon',
    'Easy side job: we send you the money first, then you buy our lamp and we refund the rest.',
    'offplatform.payment',
  ],
  ['shopee', 'Help us rank: please buy the 1 cent item, we pay you back double.', 'offplatform.payment'],
  ['walmart', 'The same set is $5 less at the bullseye store down the road.', 'platform.competitor'],
  ['lazada', 'Chat kami di telepon hijau ya kak, nomornya 0812 3456 7890.', 'contact.im'],
  ['aliexpress', 'Llámame al +52 1 33 1234 5678 para coordinar.', 'contact.phone'],
  ['lazada', 'Telepon admin: 0813 lalu 5521 lalu 8890 ya kak.', 'contact.phone'],
  ['aliexpress', 'Ping me on the app with the blue paper plane, same name as here.', 'contact.im'],
  ['aliexpress', 'Add me on the green chat app, my number is on the label.', 'contact.im'],
  ['tiktok', 'Untuk custom desain langsung chat ke WA admin ya kak.', 'contact.im'],
  ['aliexpress', 'Пишите мне в телегу, ник shop_mila88.', 'contact.im'],
  [
    'amazon',
    'Die Rechnung schicken wir an info(ät)lampenhaus(punkt)de, bitte dorthin schreiben.',
    'contact.email',
  ],
  ['pinduoduo', '能不能加您微信，发图方便。', 'contact.im'],
  ['pinduoduo', '可不可以私下转账给你？', 'offplatform.payment'],
  ['pinduoduo', '差评影响很大，麻烦您高抬贵手改一下，改好了给您发个红包。', 'review.manipulation'],
  [
    'ebay',
    'Leave a long review with pictures and a little surprise will be in your next parcel.',
    'review.manipulation',
  ],
  [
    'ebay',
    'Just so you know, if you leave negative feedback I cannot refund the shipping.',
    'review.manipulation',
  ],
  ['ebay', 'Kindly close the case and we will send you $15 for your trouble.', 'review.manipulation'],
  ['amazon', 'Jeśli usunie Pani negatywną opinię, zwrócimy 30 zł.', 'review.manipulation'],
  ['ebay', "I've got your address, mate. Post that review and see what happens.", 'abuse'],
  ['amazon', 'Think twice before opening another A-to-Z claim.', 'abuse'],
  ['pinduoduo', '你是不是有毛病，说了三遍了。', 'abuse'],
  ['aliexpress', 'Se quiser, devolvo 5 dólares por fora no seu Pix.', 'offplatform.payment'],
  ['aliexpress', 'Para el segundo, se lo cobro directamente por Bizum.', 'offplatform.payment'],
  ['lazada', 'Direct payment na lang po via G-Cash para mas mabilis.', 'offplatform.payment'],
  ['amazon', 'Easier if you bank transfer us the £30 and we post it today.', 'offplatform.payment'],
  [
    'amazon',
    'Place 3 orders with your account and we return all the money plus commission.',
    'offplatform.payment',
  ],
  ['aliexpress', 'Pay me outside the system and you save the fee.', 'offplatform.payment'],
  ['shopee', '고객님, 주문을 취소해 주시면 바로 다시 올리겠습니다.', 'order.cancel'],
  ['shopee', 'Le chiedo gentilmente di annullare l’ordine e riordinare.', 'order.cancel'],
  ['shopee', 'Könnten Sie die Bestellung bitte stornieren und neu kaufen?', 'order.cancel'],
  ['shopee', 'Potresti annullare l’ordine così lo rifacciamo?', 'order.cancel'],
  ['shopee', 'Kunt u de bestelling zelf annuleren?', 'order.cancel'],
  ['aliexpress', 'Potrebbe eliminare la recensione? Le mandiamo un buono.', 'review.manipulation'],
  ['aliexpress', 'Wilt u de review verwijderen? Dan krijgt u korting.', 'review.manipulation'],
  ['aliexpress', 'لو تحذف التقييم نرجع لك المبلغ', 'review.manipulation'],
  ['aliexpress', '별점 수정해 주시면 쿠폰 드릴게요', 'review.manipulation'],
  ['aliexpress', '評価を変更していただけますか', 'review.manipulation'],
  ['aliexpress', 'Betaal ons direct via Tikkie, scheelt kosten.', 'offplatform.payment'],
  ['aliexpress', 'Ücreti IBAN numarama havale yapın, kargoyu hemen veririm.', 'offplatform.payment'],
  ['aliexpress', '계좌로 직접 입금해 주세요', 'offplatform.payment'],
  ['aliexpress', '直接お振込みいただくか、直接取引でお願いします', 'offplatform.payment'],
  ['aliexpress', 'IDはshop_jpです。LINEで連絡してください。', 'contact.im'],
  ['aliexpress', '카톡으로 연락주세요', 'contact.im'],
  ['shopee', 'Kalau mau cepat WA gue aja kak', 'contact.im'],
  ['amazon', 'Find me on the ghost app, name is lampguy.', 'contact.im'],
  ['amazon', 'Post that review and remember, we know where to find you.', 'abuse'],
  ['aliexpress', 'Si vous supprimez cet avis, on vous rembourse la livraison.', 'review.manipulation'],
  ['aliexpress', 'Za 5 gwiazdek i zdjęcie oddamy 15 zł.', 'review.manipulation'],
  ['pinduoduo', '亲，改成好评的话运费我们出哈。', 'review.manipulation'],
  ['ebay', 'We have your address, and buyers who lie about us end up regretting it.', 'abuse'],
  ['aliexpress', 'Yorumu silmezsen sonucuna katlanırsın.', 'abuse'],
  ['ebay', 'Easiest is to pay via W.U. and I ship today.', 'offplatform.payment'],
  ['shopee', 'Can PayNow me directly, cheaper for both.', 'offplatform.payment'],
  ['pinduoduo', '拍下先别付款，直接转给我就行。', 'offplatform.payment'],
  ['shopee', 'Encik boleh cancel order dulu, nanti kami buka semula.', 'order.cancel'],
  ['shopee', 'Boleh tak puan cancel order dulu? Stok habis.', 'order.cancel'],
  ['shopee', 'Just do it by clicking the cancel button on your side.', 'order.cancel'],
  ['pinduoduo', '发票请发邮件到 caiwu_88#163.com（#换成@）', 'contact.email'],
  ['amazon', 'Dafür wäre es schön, wenn Sie Ihre Bewertung noch einmal überdenken.', 'review.manipulation'],
  ['amazon', 'Would you reconsider your 1-star rating? We can refund the shipping.', 'review.manipulation'],
  ['amazon', 'Once your rating is updated, the refund goes out the same day.', 'review.manipulation'],
  ['amazon', 'Hör auf zu lügen, du Betrüger.', 'abuse'],
  ['shopee', 'Maybe you can close this order and place a new one.', 'order.cancel'],
  ['amazon', 'Buy the $0.99 listing, we do not ship anything real and refund you.', 'offplatform.payment'],
  ['lazada', 'Mag-GCash na lang po kayo diretso sa akin.', 'offplatform.payment'],
  [
    'lazada',
    'Mag-checkout lang po kayo, hindi namin ipapadala, ibabalik namin ang bayad.',
    'offplatform.payment',
  ],
  ['shopee', 'Call saya 013-552 dan hujungnya 8817 ya.', 'contact.phone'],
  ['amazon', 'Für eine Bewertung mit 5 Sternen gibt es 3 Euro zurück.', 'review.manipulation'],
  ['amazon', 'Bij vijf sterren krijgt u van ons een tegoedbon.', 'review.manipulation'],
  ['walmart', 'Think about it. We have friends in your town.', 'abuse'],
  ['ebay', 'Would be a shame if something happened to your account after that feedback.', 'abuse'],
];

/** Replies that must raise no block at all. */
const silent: [PlatformId, string][] = [
  ['aliexpress', 'Puede pagar con Bizum o tarjeta al finalizar la compra en AliExpress.'],
  ['walmart', 'The toy is a green Amazon parrot with a soft beak, machine washable.'],
  ['shopee', 'ร้านขอแจ้งว่ามีมิจฉาชีพแอบอ้างชื่อร้าน แล้วทักไปทาง LINE ขอให้โอนเงินนอกแอป ร้านไม่มีนโยบายแบบนี้ค่ะ'],
  ['dhgate', 'رقم طلبك 5512093847 سيتم شحنه غداً، شكراً لك.'],
  ['ebay', 'La spedizione con GLS ha il numero 0421 7788 3019 22, arriva venerdì.'],
  [
    'ebay',
    'Some buyers got fake emails asking them to pay by Zelle. That is not us; pay only at eBay checkout.',
  ],
  ['aliexpress', 'The box arrived empty? Please send a photo of the empty package and we refund you.'],
  ['amazon', 'The chart below shows how to read the size labels.'],
  ['lazada', 'Warna hijau tersedia, telepon rumah tidak perlu diisi saat checkout.'],
  ['shopee', 'Bitte stornieren Sie die Bestellung nicht, das Paket ist schon unterwegs.'],
  ['walmart', 'Thank you for the 5-star review, we are glad the fan works well!'],
  ['walmart', 'We reviewed the photos you sent and approved a full refund.'],
  ['amazon', 'Die Seriennummer steht unten: SN 5120 3381 0042.'],
  ['shopee', 'Pwede niyo pa pong i-cancel bago namin i-ship, walang problema.'],
  ['pinduoduo', '亲不要加微信哦，平台内沟通就好。'],
  ['aliexpress', 'Puede pagar con Bizum en la app de AliExpress al finalizar la compra.'],
  ['ebay', 'Please keep the case closed for the lens when you carry it.'],
  ['shopee', 'Non serve annullare l’ordine, arriva domani.'],
  ['shopee', 'Sie können die Bestellung jederzeit in Ihrem Konto einsehen.'],
  ['aliexpress', 'Grazie per la recensione, la leggeremo con attenzione.'],
  ['aliexpress', 'İade tutarı IBAN hesabınıza 3 gün içinde yatırılır.'],
  ['aliexpress', 'カートに追加してください。'],
  ['aliexpress', 'Scrivimi pure qui nella chat.'],
  ['amazon', 'The line at the post office was long today.'],
  ['amazon', 'It would be a shame if you missed the sale this weekend.'],
  ['ebay', 'That message asking you to pay by Zelle did not come from us. Please pay only at checkout.'],
  ['dhgate', 'The SKU is TM-1688-BK, and JD-2024-WH is the white one.'],
  ['aliexpress', 'Pozytywka gra fragment allegro z „Wiosny” Vivaldiego.'],
  ['aliexpress', 'The watch shows notifications from WhatsApp, Telegram and WeChat once enabled.'],
  ['aliexpress', '这款手环支持微信、QQ消息提醒。'],
  ['tiktok', 'Join our LIVE here on TikTok tonight, same account @lampstudio.home as always.'],
  ['shopee', 'Atenção: golpistas mandam mensagens pelo WhatsApp fingindo ser da loja. Só falamos pelo chat.'],
  ['ebay', 'Wir fragen niemals nach PayPal Freunde, Überweisung oder Kontakt über WhatsApp.'],
  ['lazada', 'Pasensya na, out of stock, hindi namin ipapadala ang order, mag-checkout na lang ulit.'],
  ['amazon', 'We have friends in your city who love this lamp too.'],
];

describe('round 8: paraphrases, logos, pieces and the replies they leave alone', () => {
  it.each(fires)('%s: %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });
  it.each(silent)('%s stays silent: %s', (platform, text) => {
    expect(blocks(platform, text)).toEqual([]);
  });
  it('warns on a buyer called a pest', () => {
    expect(categories('aliexpress', 'Te lo dije tres veces, pesado.')).toContain('abuse');
    expect(categories('aliexpress', 'El paquete es pesado, pesa 4 kilos.')).not.toContain('abuse');
  });
  it('keeps "please do not open a dispute, contact me first" a request the main set calls clean', () => {
    expect(categories('aliexpress', 'Dear, please do not open dispute, contact me first.')).not.toContain(
      'review.manipulation',
    );
  });
});
