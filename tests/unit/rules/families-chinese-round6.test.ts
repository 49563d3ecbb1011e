/**
 * Round 6 families, in our own words: fake orders (paid back with principal and commission, or named), a
 * deal outside the platform, a bank's own pay app, Vietnamese transfer shorthand, pressure to take a review
 * down, conditional rewards, insults about the buyer's head or reading, threats in other languages; ordinary replies with the same words stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks, categories } from './bundled-blocks';

describe('Chinese families', () => {
  it.each<[PlatformId, string, string]>([
    ['pinduoduo', '麻烦帮我们代拍两单，本金和提成下午一起转您', 'offplatform.payment'],
    ['shopee', '幫店裡刷單，墊付的錢加佣金當天退回', 'offplatform.payment'],
    ['pinduoduo', '你这脑瓜是不是秀逗了，说了三遍还问', 'abuse'],
    ['aliexpress', '你脑子是不是不够用啊', 'abuse'],
    ['lazada', 'Gawa lang po kayo ng dummy order, ibabalik namin ang bayad', 'offplatform.payment'],
    ['walmart', 'We can invoice you outside of Walmart for the bulk order.', 'offplatform.payment'],
    ['amazon', 'Just use your bank’s transfer app and send it to us.', 'offplatform.payment'],
    ['shopee', 'Chị ck riêng cho em là được ạ', 'offplatform.payment'],
    ['ebay', 'Could you please delete your review? We will make it right.', 'review.manipulation'],
    ['aliexpress', 'Si nos deja 5 estrellitas le regalamos un llavero.', 'review.manipulation'],
    ['aliexpress', 'Подарим промокод, если оставите отзыв с фото.', 'review.manipulation'],
    ['lazada', 'คุณลูกค้าอ่านหน้าสินค้าไม่เป็นเหรอคะ เขียนไว้ชัดเจน', 'abuse'],
    ['aliexpress', 'Ürün sayfasında yazıyor, okumayı bilmiyor musun?', 'abuse'],
    ['amazon', 'It was on the label, for anyone who clearly cannot read.', 'abuse'],
    ['aliexpress', 'Мы знаем ваш адрес, подумайте ещё раз.', 'abuse'],
    ['shopee', 'Kalau komplain lagi, kakak akan menyesal.', 'abuse'],
    ['amazon', 'Pay by przelew na moje konto and I ship today.', 'offplatform.payment'],
    ['walmart', 'Buy one and the second pair is half off through Sunday.', 'marketing'],
    ['shopee', 'Faz o pagamento de R$ 40 no Pix direto comigo que eu envio hoje.', 'offplatform.payment'],
    ['shopee', 'Dá uma olhada no nosso insta @loja.da.mel pra ver as cores', 'contact.im'],
    ['aliexpress', 'Cualquier duda, mándanos un wsp al +52 33 1234 5678', 'contact.im'],
    ['ebay', "Don't hesitate to text us on WhatsApp for the manual.", 'contact.im'],
    ['aliexpress', 'N’hésitez pas à nous contacter sur WhatsApp.', 'contact.im'],
    ['walmart', 'You can also order them directly from our website for less.', 'offplatform.payment'],
    ['aliexpress', 'Podemos hacer el pago por fuera y le sale más barato.', 'offplatform.payment'],
    ['dhgate', 'Proszę zamknąć spór, wtedy wyślemy nową sztukę.', 'review.manipulation'],
    [
      'lazada',
      'Kasih ⭐⭐⭐⭐⭐ ya kak. Nanti screenshot-nya kirim ke sini, kami transfer cashback Rp5.000.',
      'review.manipulation',
    ],
    ['ebay', 'Careful now, we know exactly where you live.', 'abuse'],
  ])('%s: %s → %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });

  // Cancellation requests are a warning outside Shopee (common.order.cancel, raised by Shopee's pack).
  it.each<[PlatformId, string]>([
    ['aliexpress', 'Lütfen siparişi iptal edin, stokta kalmadı.'],
    ['aliexpress', 'Prosimy anulować, nie mamy tego koloru.'],
    ['dhgate', 'يرجى إلغاء الطلب وسنرسل لك رابطا جديدا'],
    ['ebay', 'Könnten Sie die Bestellung stornieren? Die Farbe ist aus.'],
    ['pinduoduo', '亲，库存不够了，您把这个订单撤了吧'],
  ])('%s warns on a cancellation request: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('order.cancel');
  });

  it.each<[PlatformId, string]>([
    ['pinduoduo', '您下单后我们会尽快安排发货，运费险已经帮您开通'],
    ['pinduoduo', '这款儿童头盔能很好地保护脑袋，不够用的话可以加购护膝'],
    ['pinduoduo', '补单的快递已经发出，单号稍后同步给您'],
    ['walmart', 'Watch out for fake order confirmation emails; ours come from Walmart only.'],
    ['shopee', 'Tiền hoàn sẽ về stk của chị trong 3 ngày ạ'],
    ['ebay', 'You can see the feedback you left in My eBay, under Feedback.'],
    ['walmart', 'Please never pay outside of Walmart; report anyone who asks.'],
    ['lazada', 'ถ้าสายตาสั้นแนะนำให้ใส่แว่นตอนประกอบชิ้นเล็กนะคะ'],
    ['lazada', 'รูปที่ส่งมาเบลอ อ่านเลขพัสดุไม่ออกค่ะ รบกวนส่งใหม่'],
    ['amazon', 'Children should ask an adult for help when changing the batteries.'],
    ['amazon', "You won't regret choosing the bigger size."],
    ['aliexpress', 'Nie musi Pan anulować zamówienia, wysyłamy jutro.'],
    ['walmart', 'You ordered two; the second one is free as our apology for the delay.'],
    ['walmart', '• Color: navy • Size: M • Ships from: Ohio'],
    ['shopee', 'No PayPal, no Zelle: please pay only at the Shopee checkout.'],
    ['aliexpress', 'Puede pagar con Mercado Pago al finalizar la compra en la app.'],
    ['pinduoduo', '评价按真实感受写就好，我们不会因为评价给返现，请放心。'],
    ['dhgate', 'نحن لا نطلب الدفع خارج المنصة ولا نرسل روابط عبر واتساب'],
    ['ebay', 'Votre commande n° 12-34567-89012 est partie ce matin.'],
    ['ebay', 'Der Artikel 123456789012 wurde heute verschickt.'],
    ['amazon', 'Votre commande 111-2223334-5556667 arrive jeudi.'],
    ['lazada', 'Admin online jam 08.00–21.00 setiap hari ya kak.'],
    ['lazada', 'Thanks for the 5 stars! The cashback from the Lazada campaign is in your wallet.'],
    ['lazada', 'Thanks for the ⭐⭐⭐⭐⭐! Lazada sends the campaign cashback to your wallet.'],
    ['amazon', 'The idiot-proof clips make assembly quick.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(blocks(platform, text)).toEqual([]);
  });
});
