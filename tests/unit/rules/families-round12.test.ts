/**
 * Detection round 11 (batches 57-58 read after their one sealed measurement, 65-66 written blind and read), in
 * our own words: ratings with a reward in German and Hebrew, review removal for a refund in French, brushing
 * ("the full price plus $5 for every order"), payment around the platform (without eBay fees, cash-back via
 * PayNow, por fuera), absolute claims in Italian, Turkish and regional Chinese, Turkish marketing, cancel
 * requests (撤销这笔单子, brechen Sie … ab, demande d'annulation, 退了重新拍), abuse, and the replies each of them
 * leaves alone.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { categories } from './bundled-blocks';

const fires: [PlatformId, string, string][] = [
  ['ebay', 'Für fünf Sterne überweisen wir Ihnen gern 3 EUR zurück.', 'review.manipulation'],
  ['aliexpress', 'על חמישה כוכבים נשלח לך קופון של 10 דולר.', 'review.manipulation'],
  [
    'ebay',
    "Nous avons vu votre avis. Si vous voulez bien le supprimer, nous vous offrons un bon d'achat.",
    'review.manipulation',
  ],
  ['tiktok', 'For each order you make and review, we cover it and add $4 on top.', 'review.manipulation'],
  ['pinduoduo', '中评麻烦改一下，改完运费补给您', 'review.manipulation'],
  ['lazada', 'Kalau ada masalah chat kami dulu, jangan terus kasih rating ya.', 'review.manipulation'],
  ['tiktok', 'We refund you back the full price plus $6 once the parcel arrives.', 'offplatform.payment'],
  [
    'amazon',
    'We can refund the difference to your PayPal directly, outside the order.',
    'offplatform.payment',
  ],
  ['ebay', 'Kaufen Sie direkt bei uns, ohne eBay-Gebühren.', 'offplatform.payment'],
  ['lazada', 'Leave a review and get $2 rebate via GCash.', 'offplatform.payment'],
  ['aliexpress', 'Pide la funda barata y te mando la buena por fuera.', 'offplatform.payment'],
  ['dhgate', 'Questa lampada è la più richiesta al mondo.', 'ad.absolute'],
  ['aliexpress', 'Prezzo numero uno in Italia, garantito.', 'ad.absolute'],
  ['amazon', 'Dünyanın en sessiz kahve makinesi bu.', 'ad.absolute'],
  ['lazada', '这款面膜是全马第一，回购率很高', 'ad.absolute'],
  ['tiktok', '这支口红全网颜色最全，直播间下单送小样', 'ad.absolute'],
  ['walmart', 'Bu hafta tüm kulaklıklarda %25 indirim var.', 'marketing'],
  ['shopee', '不好意思缺货了，麻烦您申请撤销一下订单', 'order.cancel'],
  ['shopee', 'Brechen Sie bitte die Bestellung in der App ab.', 'order.cancel'],
  ['shopee', 'Merci de faire une demande d’annulation dans votre espace client.', 'order.cancel'],
  ['shopee', 'Vous annuliez vous-même la commande, ce serait plus rapide.', 'order.cancel'],
  ['shopee', '这个规格发不了，您取消了重新下单吧', 'order.cancel'],
  ['walmart', 'Are you too lazy to read the product page?', 'abuse'],
  ['lazada', 'Nagtanong ka na naman, bobo.', 'abuse'],
  ['dhgate', 'Another claim over one dollar, what a cheap joke.', 'abuse'],
  // second pass (batches 67-70)
  ['aliexpress', 'Si vous laissez une note positive, on vous rembourse le port.', 'review.manipulation'],
  ['ebay', 'Could you close the return case please? The new one has shipped.', 'review.manipulation'],
  ['ebay', 'Please change your neutral to positive when you can.', 'review.manipulation'],
  ['pinduoduo', '给您补偿5元，差p麻烦删一下', 'review.manipulation'],
  ['amazon', 'Wij sturen u een tegoedbon als u uw beoordeling aanpast.', 'review.manipulation'],
  ['aliexpress', 'Pague por PayPal amigos y le hago descuento.', 'offplatform.payment'],
  ['lazada', 'Pwede kayong magbayad thru GCash diretso sa amin.', 'offplatform.payment'],
  ['walmart', 'Wéstern Unión is the fastest way to pay us.', 'offplatform.payment'],
  ['walmart', 'Send it by Zel le and skip the fees.', 'offplatform.payment'],
  ['lazada', 'Cashback dikirim ke ShopeePay kakak ya.', 'platform.competitor'],
  ['amazon', 'Mit dem Gutscheincode HERBST10 sparen Sie bei Ihrer nächsten Bestellung.', 'marketing'],
  ['walmart', 'Buy 2 get 1 free on all our cases this week!', 'marketing'],
  ['amazon', '次回のご注文で使えるクーポンコード AUTUMN15 をお送りします', 'marketing'],
  ['walmart', 'Visita il nostro negozio per altre offerte.', 'marketing'],
  ['aliexpress', 'אין מלאי, בבקשה לבטל את ההזמנה', 'order.cancel'],
  ['shopee', '没货了，麻烦您点一下「取消」哦', 'order.cancel'],
  ['amazon', 'Ben je blind? Het staat in de titel.', 'abuse'],
  // third pass (batches 72-73)
  ['shopee', 'Stock is gone, so you can drop this order and we refund.', 'order.cancel'],
  ['shopee', 'Could you hit cancle on your side please?', 'order.cancel'],
  ['shopee', 'Kunt u de bestelling zelf intrekken?', 'order.cancel'],
  ['pinduoduo', '这个款式市面上第一名，放心买', 'ad.absolute'],
  ['lazada', 'Harga paling murah di seluruh Malaysia!', 'ad.absolute'],
  ['shopee', 'The cheapest in the whole of Malaysia, confirm.', 'ad.absolute'],
  ['lazada', 'Meet up na lang tayo sa mall, cash payment.', 'offplatform.payment'],
  ['lazada', 'GCash na lang po bayad para mabilis.', 'offplatform.payment'],
  ['ebay', 'We will transfer the money to you personally.', 'offplatform.payment'],
  ['shopee', '直接轉數快給我們就得', 'offplatform.payment'],
  ['aliexpress', 'Depois te devolvemos R$20 pelo Mercado Pago.', 'offplatform.payment'],
  ['dhgate', 'You can pay with Alipay, it is cheaper.', 'offplatform.payment'],
  ['ebay', 'Se potesse rimuovere la sua recensione, le mandiamo un regalo.', 'review.manipulation'],
  ['amazon', 'Als u een positieve review geeft, krijgt u korting.', 'review.manipulation'],
  ['aliexpress', 'Se deixar avaliação negativa não podemos mais enviar para você.', 'review.manipulation'],
  ['dhgate', 'Cancel that dispute now, we already sent it.', 'review.manipulation'],
  ['walmart', 'Are you even capable of reading a label?', 'abuse'],
  ['dhgate', 'Refund done, you cheap scammer.', 'abuse'],
];

const silent: [PlatformId, string][] = [
  ['walmart', 'Your five stars made our day, thank you!'],
  ['ebay', 'We cannot change the eBay fees, they are set by eBay.'],
  ['lazada', 'Your refund will come back through the Lazada wallet in 3 days.'],
  ['aliexpress', 'Il punto è che il pacco è fermo in dogana.'],
  ['amazon', 'Bu model piyasada iki yıldır satılıyor.'],
  ['shopee', 'As you requested, here is how to cancel: open My Purchases and tap Cancel Order.'],
  ['shopee', '您说不想要了的话，在订单页点取消就可以，钱原路退回'],
  ['shopee', 'Вы спрашивали, как отменить заказ: откройте «Мои заказы» и нажмите «Отменить».'],
  ['shopee', 'Entendi que você deseja cancelar: é só tocar em Cancelar pedido.'],
  ['ebay', 'This 1952 Western Union form is in great shape.'],
  ['amazon', 'The "Singing Telegram" greeting card plays a tune.'],
  ['ebay', 'Die Lagernummer steht auf dem Karton: 0157 2291 448.'],
  ['aliexpress', 'Como nos ha preguntado: para anular el pedido, entre en Mis pedidos.'],
  ['shopee', 'Comme vous le souhaitez : cliquez sur « Annuler la commande ».'],
  ['walmart', 'To cancel your Walmart+ membership, select Cancel in your account.'],
  ['ebay', 'Please leave honest feedback when the parcel arrives.'],
  ['pinduoduo', '小猫每天猫粮吃50克，分两次喂'],
  ['lazada', 'Máy có cài sẵn Zalo và Facebook, dùng sim Việt Nam bình thường ạ.'],
  ['shopee', 'Bisa bayar transfer bank atau COD langsung di aplikasi ya kak.'],
  ['pinduoduo', '今天下午第一时间给您发出'],
  ['aliexpress', 'Entre a Mi cuenta > Mis compras para ver el pedido.'],
  ['shopee', 'Если хотите отменить заказ, как вы писали, нажмите «Отменить».'],
  ['shopee', 'Entiendo que quiere cancelar: pulse Cancelar pedido en Mis pedidos.'],
  ['aliexpress', 'Informe o CPF no formato 123.456.789-09 para a alfândega.'],
];

describe('round 11: rewards in more languages, brushing, payment around the platform, claims, cancels', () => {
  it.each(fires)('%s: %s', (platform, text, category) => {
    expect(categories(platform, text)).toContain(category);
  });
  it.each(silent)('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).toEqual([]);
  });
});
