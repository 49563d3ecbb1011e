/**
 * Round 7 families in our own phrasings: insults in their case forms, spelled out, Thai and Vietnamese
 * contempt, threats to expose the buyer; competitor names by nickname, transliteration or masked letter;
 * Pinduoduo absolute ad words half in pinyin, by homophone or by initials. Each with replies that must stay
 * silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { blocks, categories } from './bundled-blocks';

describe('round 7 families fire', () => {
  it.each<[PlatformId, string, string]>([
    ['shopee', 'Proszę nie być debilem, wszystko jest w opisie.', 'abuse'],
    ['shopee', 'Z takim idiotą nie da się rozmawiać.', 'abuse'],
    ['aliexpress', 'Вы с дураком разговариваете?', 'abuse'],
    ['aliexpress', 'Какой же вы идиот, честное слово.', 'abuse'],
    ['aliexpress', 'Ти ідіот чи що?', 'abuse'],
    ['walmart', 'Jste úplný kretén.', 'abuse'],
    ['aliexpress', 'Siz gerçekten aptalsınız.', 'abuse'],
    ['aliexpress', 'Salaksın, açıklamayı oku.', 'abuse'],
    ['amazon', 'So ein Vollidiot, lesen Sie doch.', 'abuse'],
    ['shopee', 'Chị đúng là đ-ầ-n thật', 'abuse'],
    ['shopee', 'kamu t.o.l.o.l ya', 'abuse'],
    ['walmart', 'Only a m o r o n would ask that.', 'abuse'],
    ['aliexpress', 'Ты д.у.р.а.к?', 'abuse'],
    ['shopee', 'เขียนไว้ชัดแล้ว อ่านไม่ออกหรือไง', 'abuse'],
    ['shopee', 'Thằng điên, đừng nhắn nữa.', 'abuse'],
    ['shopee', 'Bạn không biết chữ à?', 'abuse'],
    ['walmart', "We'll put your name and photo in all the buyer groups.", 'abuse'],
    ['ebay', 'I am going to tell all the other sellers about you.', 'abuse'],
    ['shopee', 'Shop sẽ đăng tên và số điện thoại của chị lên các nhóm cho mọi người biết.', 'abuse'],
    ['shopee', 'Saya akan upload foto kakak di grup Facebook biar semua orang tahu.', 'abuse'],
    ['shopee', 'Vou expor sua foto e seu endereço nos grupos de Facebook.', 'abuse'],
    ['shopee', 'Voy a subir tu foto a las redes sociales.', 'abuse'],
    ['lazada', 'เดี๋ยวจะประจานให้ทั่วเลย', 'abuse'],
    ['lazada', 'Di Sốp Pi shop cũng có bán', 'platform.competitor'],
    ['tiktok', 'Chị qua sop pi đặt cho rẻ', 'platform.competitor'],
    ['walmart', 'You can find the same mug on T*mu.', 'platform.competitor'],
    ['amazon', 'Cheaper on Sh*in honestly.', 'platform.competitor'],
    ['aliexpress', 'Lo tenemos también en Miravia.', 'platform.competitor'],
    ['ebay', 'Grab it from Wish, same seller.', 'platform.competitor'],
    ['amazon', 'It is listed on Noon as well.', 'platform.competitor'],
    ['aliexpress', '11번가에서 더 싸게 팔아요', 'platform.competitor'],
    ['aliexpress', '这个在某音直播间有卖', 'platform.competitor'],
    ['dhgate', '我们在快手小店也开了', 'platform.competitor'],
    ['pinduoduo', '这款是顶jí面料', 'ad.absolute'],
    ['pinduoduo', '全网zui低，放心买', 'ad.absolute'],
    ['pinduoduo', '醉便宜的一款', 'ad.absolute'],
    ['pinduoduo', '本店zhd面料', 'ad.absolute'],
    ['pinduoduo', '我们是dy品牌', 'ad.absolute'],
  ])('%s: %s', (platform, text, category) => {
    expect(blocks(platform, text)).toContain(category);
  });
});

describe('round 7 weak signals warn', () => {
  it.each<[PlatformId, string]>([
    ['shopee', 'ถามซ้ำๆ น่ารำคาญมาก'],
    ['walmart', 'Asking again? How annoying.'],
    ['shopee', 'Pani pytanie jest głupie.'],
    ['amazon', 'Was für eine blöde Frage.'],
  ])('%s: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('abuse');
    expect(blocks(platform, text)).not.toContain('abuse');
  });
});

describe('round 7 families stay silent', () => {
  it.each<[PlatformId, string, string]>([
    ['amazon', 'Sorry, that was a dumb mistake on our side, a new one ships today.', 'abuse'],
    ['walmart', 'The idiot-proof latch snaps shut by itself.', 'abuse'],
    ['amazon', 'Das Schloss ist idiotensicher.', 'abuse'],
    ['walmart', 'Long sitting can be debilitating; this cushion helps.', 'abuse'],
    ['shopee', 'Głupio nam, że paczka się spóźniła.', 'abuse'],
    ['amazon', 'Dummerweise ist das Paket beim Nachbarn gelandet.', 'abuse'],
    ['aliexpress', 'Вы написали, что мы идиоты. Простите за задержку.', 'abuse'],
    ['aliexpress', 'Процедура возврата займёт три дня.', 'abuse'],
    ['aliexpress', 'Болванка ключа идёт в комплекте.', 'abuse'],
    ['walmart', 'Ships from the U.S.A. by 9 a.m.', 'abuse'],
    ['shopee', 'ฉลากอ่านไม่ออกหรือคะ ส่งรูปมาได้เลย', 'abuse'],
    ['shopee', 'พัดลมเสียงเบา ไม่น่ารำคาญค่ะ', 'abuse'],
    ['walmart', 'I understand how annoying a late parcel is.', 'abuse'],
    ['shopee', 'Con ngủ chưa? Đồ ăn giao tối nay nhé.', 'abuse'],
    ['walmart', 'We will post your parcel first thing tomorrow.', 'abuse'],
    ['walmart', 'We only share your address with the carrier.', 'abuse'],
    ['shopee', 'Chúng tôi không bao giờ đăng thông tin của bạn lên mạng.', 'abuse'],
    ['shopee', 'Não vamos divulgar seus dados na internet.', 'abuse'],
    ['shopee', 'Post a photo of your lamp on Instagram and tag us!', 'abuse'],
    ['walmart', 'Warm wishes from our team, and see you at noon.', 'platform.competitor'],
    ['walmart', 'Add it to your wish list and we will ship by noon.', 'platform.competitor'],
    ['walmart', 'Our tiki torches ship in pairs.', 'platform.competitor'],
    ['shopee', 'Kak, kita bisa temu di toko hari Sabtu.', 'platform.competitor'],
    ['walmart', 'Your reference is OLX48821.', 'platform.competitor'],
    ['aliexpress', '我们很快手上就有现货', 'platform.competitor'],
    ['aliexpress', 'Minuman sopi tidak kami jual.', 'platform.competitor'],
    ['shopee', 'Shopee Mall voucher applies.', 'platform.competitor'],
    ['pinduoduo', '最晚明天发货，最快今天', 'ad.absolute'],
    ['pinduoduo', '我zui近很忙，稍等', 'ad.absolute'],
    ['pinduoduo', '你zui好先量一下尺寸', 'ad.absolute'],
    ['pinduoduo', '按产品定级的标准发货', 'ad.absolute'],
    ['pinduoduo', '能不能低一点的价格', 'ad.absolute'],
    ['pinduoduo', '他嘴好甜', 'ad.absolute'],
    ['pinduoduo', 'zzz睡着了，明早回复', 'ad.absolute'],
  ])('%s: %s', (platform, text, category) => {
    expect(categories(platform, text)).not.toContain(category);
  });
});
