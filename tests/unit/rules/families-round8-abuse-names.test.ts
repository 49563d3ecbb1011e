/**
 * Round 8 abuse and competitor families in our own phrasings: rhetorical questions about the buyer's eyes,
 * reading or wits; insults masked by `*` or `#`; a warning after "we have your address"; a dare to rate low;
 * Taiwanese, Thai and Russian marketplace nicknames. Each with replies that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks } from './bundled-blocks';

describe('round 8 abuse and competitor families fire', () => {
  it.each<[PlatformId, string, string]>([
    ['amazon', 'Are you really that blind, or did you skip the photos?', 'abuse'],
    ['amazon', "Can't you simply read the description?", 'abuse'],
    ['walmart', 'Do you even know how to read?', 'abuse'],
    ['amazon', 'Bist du wirklich so blöd oder tust du nur so?', 'abuse'],
    ['amazon', 'Können Sie überhaupt lesen?', 'abuse'],
    ['aliexpress', 'Vous êtes aveugle ou quoi ?', 'abuse'],
    ['aliexpress', 'Tu es vraiment bête, ma parole ?', 'abuse'],
    ['aliexpress', '¿Está usted ciego, señor?', 'abuse'],
    ['shopee', 'Vc tá cego? Está na foto.', 'abuse'],
    ['aliexpress', 'Sei davvero cieco?', 'abuse'],
    ['aliexpress', 'Ты что, слепой?', 'abuse'],
    ['shopee', 'Kakak buta ya? Ukurannya ada di foto.', 'abuse'],
    ['pinduoduo', '你眼睛有问题吧，图上写着呢', 'abuse'],
    ['amazon', 'Only a m*ron orders the wrong plug twice.', 'abuse'],
    ['ebay', 'Stop being so d#mb about the size.', 'abuse'],
    ['walmart', 'What an id*ot.', 'abuse'],
    ['amazon', 'We know your address, so think twice before you write that review.', 'abuse'],
    ['shopee', 'Bên em nắm rõ địa chỉ nhà chị, chị liệu mà đánh giá.', 'abuse'],
    ['pinduoduo', '我们这边早就知道你的住址，后果自负。', 'abuse'],
    ['shopee', 'Toko masih simpan alamat kakak, jangan salahkan kami nanti.', 'abuse'],
    ['aliexpress', 'Sabemos tu dirección. Ya verás.', 'abuse'],
    ['shopee', 'Temos seu endereço, depois não reclame.', 'abuse'],
    ['ebay', 'Go ahead and leave a negative review, then see what happens.', 'abuse'],
    ['pinduoduo', '你给个一星试试', 'abuse'],
    ['shopee', 'Cứ thử cho shop một sao coi.', 'abuse'],
    ['tiktok', '露天或蝦皮都買得到', 'platform.competitor'],
    ['amazon', '到momo下單比較快', 'platform.competitor'],
    ['tiktok', 'ในแอพสีส้มก็มีขายนะ', 'platform.competitor'],
    ['shopee', 'ทางลาซ่ามีโปรอยู่ค่ะ', 'platform.competitor'],
    ['ebay', 'В Алике видел такой же', 'platform.competitor'],
    ['walmart', 'Закажите с Алиэкспресса', 'platform.competitor'],
    ['tiktok', 'Kak, di sebelah oren lebih murah', 'platform.competitor'],
    ['lazada', 'Qua app màu cam đặt giúp em', 'platform.competitor'],
  ])('%s: %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });
});

describe('round 8 abuse and competitor families stay silent', () => {
  it.each<[PlatformId, string, string]>([
    ['amazon', 'Could you read me the number on the sticker?', 'abuse'],
    ['amazon', 'Can you read the code on the bottom of the box?', 'abuse'],
    ['amazon', 'Do you prefer the roller blind or the Roman blind?', 'abuse'],
    ['amazon', 'Sorry, I must be blind: I missed your second photo.', 'abuse'],
    ['amazon', "Can't you just read me the serial number?", 'abuse'],
    ['amazon', 'Können Sie die Nummer auf dem Etikett lesen?', 'abuse'],
    ['aliexpress', 'Pouvez-vous lire le numéro sur la boîte ?', 'abuse'],
    ['shopee', 'Kakak buta warna? Kami kirim foto dengan label warnanya.', 'abuse'],
    ['shopee', 'Kalau tidak bisa baca kodenya, kirim foto saja kak.', 'abuse'],
    ['amazon', 'Order #4471 ships today; size M*L fits most.', 'abuse'],
    ['amazon', 'Our #1 seller is the d*mb*ll rack.', 'abuse'],
    ['amazon', 'We have your address on file; the courier calls before delivery.', 'abuse'],
    [
      'amazon',
      'We have your phone number; think carefully about which size you need and reply here.',
      'abuse',
    ],
    ['pinduoduo', '您的地址我们已经有了，明天发货，请保持电话畅通。', 'abuse'],
    ['shopee', 'Kami sudah punya alamat kakak, paket dikirim besok.', 'abuse'],
    ['aliexpress', 'Tenemos su dirección correcta, el paquete sale mañana.', 'abuse'],
    ['amazon', 'If it rattles, tighten the screw and see what happens.', 'abuse'],
    ['tiktok', '這盞燈適合露天陽台和庭院', 'platform.competitor'],
    ['amazon', '露天烧烤架今天发货', 'platform.competitor'],
    ['shopee', 'Mình thanh toán qua Momo được không ạ?', 'platform.competitor'],
    ['tiktok', 'ดาวน์โหลดแอปสมัครสมาชิกได้เลยค่ะ', 'platform.competitor'],
    ['tiktok', 'ลาซานญ่าแช่แข็งส่งได้ค่ะ', 'platform.competitor'],
    ['amazon', 'Алик, спасибо за заказ!', 'platform.competitor'],
    ['tiktok', 'Warna oren kak, bukan merah', 'platform.competitor'],
    ['tiktok', 'Màu cam nhé chị', 'platform.competitor'],
  ])('%s: %s', (platform, text, category) => {
    expect(blocks(platform, text)).not.toContain(category);
  });
});
