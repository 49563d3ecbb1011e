/**
 * Near families (lib/detect/near.ts) in the bundled packs, written in our own words: a rating with a reward,
 * a payment with "directly" or a personal account, a refund through a wallet, "pay the usual way", a fake
 * order with its commission; negated lists across categories; and the ordinary replies that stay silent.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { blocks } from './bundled-blocks';

describe('absolute claims outside Pinduoduo', () => {
  const linter = createLinter(bundledPacksFor('shopee'));
  it('warns on Shopee, blocks on Pinduoduo (its pack raises the common rule)', () => {
    expect(linter.lint('全台最低價，品質頂級').map((f) => `${f.category}:${f.severity}`)).toContain(
      'ad.absolute:warn',
    );
    expect(blocks('shopee', '全台最低價，品質頂級')).toEqual([]);
    expect(blocks('pinduoduo', '全网最低价')).toEqual(['ad.absolute']);
    expect(linter.lint('最晚明天發貨，第一時間通知您')).toEqual([]);
  });
});

describe('near families', () => {
  it.each<[PlatformId, string, string]>([
    [
      'aliexpress',
      'Si vous mettez cinq étoiles, un petit cadeau partira avec la prochaine commande.',
      'review.manipulation',
    ],
    ['dhgate', 'Mit 5 Sterne für uns bekommen Sie einen Gutschein über 10 Euro.', 'review.manipulation'],
    ['aliexpress', 'Bir olumlu yorum yazarsanız size hediye gönderiyoruz.', 'review.manipulation'],
    ['shopee', 'Kasih bintang 5 ya kak, nanti admin kirim hadiah kecil', 'review.manipulation'],
    ['aliexpress', 'За пять звёзд дарим промокод на следующий заказ', 'review.manipulation'],
    ['lazada', 'Leave us a good review and we send you a store credit of $3.', 'review.manipulation'],
    ['aliexpress', 'Payez-moi directement, c’est plus simple pour nous deux.', 'offplatform.payment'],
    ['shopee', 'Pode me pagar direto, sem o app, te dou desconto.', 'offplatform.payment'],
    ['aliexpress', 'Оплатите как обычно, переводом, и я сразу отправлю.', 'offplatform.payment'],
    ['ebay', 'If anything is missing we will refund you through Zelle today.', 'offplatform.payment'],
    [
      'lazada',
      "Order one unit for $15, we don't ship it and we refund it plus commission.",
      'offplatform.payment',
    ],
    ['dhgate', 'You can wire it directly to our bank account to save time.', 'offplatform.payment'],
    ['ebay', 'Change the negative feedback and we will throw in a spare battery.', 'review.manipulation'],
    ['shopee', '¿Puede solicitar la cancelación desde la app, por favor?', 'order.cancel'],
    ['ebay', 'Please just close the case and we will sort it out.', 'review.manipulation'],
    ['shopee', 'Could you click cancel on your side? The size is out of stock.', 'order.cancel'],
    ['aliexpress', 'Вы вообще читать умеете? Всё написано в описании.', 'abuse'],
  ])('%s: %s → %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });

  it.each<[PlatformId, string]>([
    ['shopee', 'Terima kasih bintang 5-nya kak, gratis ongkir berlaku sampai akhir bulan.'],
    ['aliexpress', 'Merci pour les cinq étoiles. Votre remboursement est déjà validé.'],
    ['aliexpress', 'Your refund was issued to the original payment method. Five stars would make our day!'],
    ['lazada', 'GCash and Maya work at checkout, or pay cash on delivery.'],
    ['shopee', 'Nunca pedimos pagamento por Pix, boleto fora da plataforma ou WhatsApp.'],
    ['dhgate', 'We never ask for Western Union, bank transfer or WhatsApp; report anyone who does.'],
    ['lazada', 'Wala po kaming Viber o Telegram, dito lang po sa Lazada chat.'],
    ['lazada', 'The admin page of the router is at 192.168.0.1.'],
    ['amazon', 'The metronome has presets: adagio, andante, moderato, allegro and presto.'],
    ['lazada', 'Dananya dikembalikan ke rekening yang sama dalam 5 hari kerja ya kak.'],
    ['shopee', '您先前申请的取消已经由系统处理完成，款项原路退回。'],
    ['ebay', 'Thanks for the negative feedback note; the replacement ships free tomorrow.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(blocks(platform, text)).toEqual([]);
  });
});
