/**
 * Families added after held-out batches 17-19 (written here in our own words, not the batches'): payment
 * outside the platform, changing or deleting a review, rewards for stars, threats and competitors in more
 * languages; and the ordinary replies next to them that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks } from './bundled-blocks';

describe('families from batches 17-19', () => {
  it.each<[PlatformId, string, string]>([
    ['aliexpress', 'Vous pouvez aussi régler par virement sur notre compte bancaire.', 'offplatform.payment'],
    ['dhgate', 'Bitte direkt überweisen, dann sparen Sie die Gebühr.', 'offplatform.payment'],
    ['aliexpress', 'Можно перевести на мою карту, так быстрее.', 'offplatform.payment'],
    ['aliexpress', 'Zapłać przelewem bezpośrednio, wyślę szybciej.', 'offplatform.payment'],
    ['dhgate', 'يمكنك الدفع المباشر لنا لتوفير الرسوم', 'offplatform.payment'],
    ['pinduoduo', '您也可以发个红包给我，我马上安排', 'offplatform.payment'],
    ['aliexpress', 'Pourriez-vous modifier votre avis ? Merci', 'review.manipulation'],
    ['aliexpress', 'Puede cambiar su valoración a cinco estrellas, por favor?', 'review.manipulation'],
    ['shopee', 'boleh ubah rating jadi 5 bintang kak?', 'review.manipulation'],
    ['aliexpress', 'Можете удалить отзыв? Мы вернём деньги', 'review.manipulation'],
    ['aliexpress', '별점 5점 주시면 쿠폰 드려요', 'review.manipulation'],
    ['shopee', 'Deja 5 estrellas y te damos un cupón de regalo', 'review.manipulation'],
    ['walmart', "Leave that review up and you'll regret it.", 'abuse'],
    ['dhgate', 'Sind Sie zu dumm zum Lesen?', 'abuse'],
    ['aliexpress', 'На озоне такой же товар дороже', 'platform.competitor'],
    ['aliexpress', 'Lo encuentras en Meli también', 'platform.competitor'],
    ['aliexpress', 'Scan the QR code inside the box to add us for VIP service', 'contact.im'],
    ['shopee', 'inbox Zá lô shop nha, số 0912 345 678', 'contact.im'],
  ])('%s: %s → %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });

  it.each<[PlatformId, string]>([
    ['aliexpress', 'Le remboursement sera effectué sur votre moyen de paiement initial.'],
    ['aliexpress', 'Если появятся вопросы, пишите в чат заказа.'],
    ['pinduoduo', '店铺红包可以在下单页领取哦'],
    ['shopee', 'Terima kasih atas rating 5 bintangnya kak!'],
    ['aliexpress', 'Merci pour votre avis, il nous aide beaucoup.'],
    ['walmart', 'We know shipping took longer than expected, sorry about that.'],
    ['walmart', 'Scan the QR code on the box to register your warranty.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(blocks(platform, text)).toEqual([]);
  });
});
