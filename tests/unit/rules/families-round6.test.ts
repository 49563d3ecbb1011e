/**
 * Round 6 families in our own phrasings: cancellation asked by paraphrase, competitors by nickname, abuse
 * without a swear word (mock praise, reading and eyesight jabs, veiled threats), Walmart marketing without a
 * promotion word and short non-English Walmart replies; each with the ordinary replies that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';

const linters = new Map<PlatformId, ReturnType<typeof createLinter>>();
const categories = (platform: PlatformId, text: string) => {
  const linter = linters.get(platform) ?? createLinter(bundledPacksFor(platform));
  linters.set(platform, linter);
  return linter.lint(text).map((f) => f.category);
};

describe('cancellation paraphrases', () => {
  it.each<[PlatformId, string]>([
    ['shopee', 'Could you back out of the order on your end? The blue one is sold out.'],
    ['lazada', 'Would you mind withdrawing the purchase so we can close it?'],
    ['tiktok', 'Please call off the order, the batch failed QC.'],
    ['shopee', 'Can you just scrap this order and we refund?'],
    ['walmart', "It's easiest if you void the order from your account."],
    ['shopee', 'Kindly withdraw your order, we cannot ship to your area.'],
    ['shopee', '¿Puedes anular tú el pedido desde la aplicación?'],
    ['shopee', 'Por favor anule usted la compra, no tenemos stock.'],
    ['shopee', 'Você pode desistir do pedido pelo app?'],
    ['shopee', 'Melhor você desistir da encomenda, ok?'],
    ['shopee', 'Kak, batalin aja pesanan yang ini ya'],
    ['lazada', 'Sis boleh batalkan sendiri tempahan tu?'],
    ['shopee', 'Chị huỷ giúp em đơn này nhé'],
    ['shopee', 'Anh tự hủy đơn giúp shop với ạ'],
    ['shopee', 'ลูกค้ายกเลิกเองได้ไหมคะ'],
    ['shopee', 'รบกวนคุณลูกค้ากดยกเลิกเองนะคะ'],
    ['shopee', 'Pakiatras na lang po ng order ninyo'],
    ['shopee', '麻烦您自己撤回一下这个订单'],
    ['shopee', '親可以先把訂單退掉嗎'],
    ['walmart', 'if you want it cheaper, cancel this one and buy the bundle from me'],
    ['shopee', 'to get it faster maybe cancel here and I ship by courier'],
  ])('%s fires: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('order.cancel');
  });

  it.each<[PlatformId, string]>([
    ['shopee', 'We will withdraw the order on our side and refund you.'],
    ['shopee', 'We have called off the shipment, your refund is on its way.'],
    ['shopee', 'You have the right to back out of the purchase within 7 days.'],
    ['shopee', 'You asked us to void the order, done.'],
    ['shopee', 'You can withdraw the money from your wallet anytime.'],
    ['shopee', 'The courier called off the pickup today, we will rebook.'],
    ['shopee', 'Kami sudah batalkan pesanan dari sisi kami.'],
    ['shopee', 'Si desea anular la compra, puede hacerlo dentro de 24 horas.'],
    ['shopee', 'Shop đã huỷ đơn giúp chị rồi ạ.'],
    ['shopee', 'ร้านยกเลิกให้แล้วนะคะ'],
    ['shopee', 'Please cancel the meeting reminder, we ship today.'],
    ['shopee', 'Please drop the order at the nearest J&T counter for the return.'],
    ['shopee', 'If the glass cracked, just scrap it and we send a new one.'],
    ['ebay', 'You can withdraw it from your balance at any time.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).not.toContain('order.cancel');
  });
});

describe('competitor nicknames', () => {
  it.each<[PlatformId, string]>([
    ['shopee', '親，這款我們在露天也有開賣場，那邊比較便宜'],
    ['shopee', '可以去露天搜我們的店名'],
    ['lazada', '這個在露天拍賣上也有'],
    ['walmart', 'You can get the same lamp on Ali for a third of the price.'],
    ['ebay', 'Honestly these are the same ones sold on Ali, just faster shipping.'],
    ['ebay', 'We also list on Wallapop if you are in Spain.'],
    ['aliexpress', 'Этот товар есть у нас на ВБ, поищите по названию.'],
    ['aliexpress', 'Закажите лучше на WB, там быстрее.'],
    ['aliexpress', 'Можно купить на Авито дешевле.'],
    ['shopee', 'Kak, di Toped juga ada toko kami'],
    ['ebay', 'check my kaspi shop'],
    ['shopee', 'Tem na Kabum também, mais barato.'],
    ['shopee', 'Bên em có bán trên Tiki nữa nha'],
    ['shopee', 'Sis, cari aja di Temu lebih murah'],
    ['walmart', 'Same one is on AMZ for less.'],
    ['amazon', "It's cheaper at Wally World honestly."],
  ])('%s fires: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('platform.competitor');
  });

  it.each<[PlatformId, string]>([
    ['walmart', 'We asked Ali for our own test, but the listing here is the one to use.'],
    ['shopee', '這款是露天陽台專用的遮陽傘，防水防曬'],
    ['shopee', '露天停車場也可以放，不怕日曬'],
    ['shopee', '我們在露天的環境下測試過，沒問題'],
    ['shopee', 'Pak Ali akan mengirim paket kakak besok pagi.'],
    ['walmart', 'Ali from our warehouse team packed your order today.'],
    ['ebay', 'I got a message from Ali at the depot, your parcel is on the way.'],
    ['ebay', 'Welcome back! WB 👋 your order ships today.'],
    ['shopee', 'Kak, kita bisa temu janji di gudang kalau mau ambil sendiri.'],
    ['shopee', 'Sampai bertemu lagi kak, terima kasih.'],
    ['lazada', 'Kami ada temu bual dengan kurier esok.'],
    ['aliexpress', 'Мы отправим посылку в Беларусь на этой неделе.'],
    ['shopee', 'Nhận hàng ở Tiki-taka café cũng được nha'],
    ['walmart', 'Thank you, we hope the tiki torch works well.'],
    ['walmart', 'We can count on Ali for the packing, he is great.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).not.toContain('platform.competitor');
  });
});

describe('abuse without swear words', () => {
  it.each<[PlatformId, string]>([
    ['shopee', 'Sure, congrats on being the only grown-up who managed to overlook the size chart.'],
    ['walmart', 'Wow, congratulations, you somehow managed to miss the giant red label.'],
    ['walmart', 'Such an admirable dedication to getting stuff for free, sir.'],
    ['ebay', 'Impressive persistence in opening claims for items that work.'],
    ['ebay', 'Bravo, genius. The plug was in the box.'],
    ['aliexpress', 'Maybe have your grandkids read the description to you?'],
    ['ebay', 'Ask your son to explain the size chart, please.'],
    ['ebay', "Too bad the parcel didn't come with reading glasses, the size was in bold."],
    ['walmart', 'Maybe time to get your eyes checked, it says 12 inches.'],
    ['tiktok', 'Chị xem không kỹ chắc do mắt chị có vấn đề rồi'],
    ['walmart', 'Think twice about where your next parcel might land.'],
    ['walmart', "It'd be a shame if something happened to your next package."],
    ['ebay', 'We know where you live, remember that.'],
    ['shopee', 'Felicidades por ser el primer adulto que no ve la tabla de tallas.'],
    ['shopee', 'Sería una pena que tu próximo paquete se perdiera.'],
  ])('%s fires: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('abuse');
  });

  it.each<[PlatformId, string]>([
    ['aliexpress', '小心你的快递被别人冒领，请尽快取件'],
    ['walmart', 'Thank you so much, your patience is truly appreciated!'],
    ['walmart', 'Congrats on your new home! We hope the sofa fits nicely.'],
    ['shopee', 'Congrats on being the first buyer to review our new lamp!'],
    ['ebay', 'If the text on the screen looks blurry, please wear your reading glasses or zoom in.'],
    ['ebay', 'This case does not come with reading glasses, it is only the case.'],
    ['ebay', 'Safety glasses are required when cutting, please wear them.'],
    [
      'walmart',
      'Please double-check where your next package should be delivered; update the address in your account.',
    ],
    ['walmart', 'We know your address is correct, the courier will retry tomorrow.'],
    ['walmart', 'Our team shows impressive dedication to quality, every lamp is tested.'],
    ['walmart', 'Ask your son to help you lift the box, it weighs 40 lbs.'],
    ['tiktok', 'Mắt kính chị đặt sẽ giao trong 3 ngày ạ.'],
    ['aliexpress', '请小心拆快递，里面是玻璃'],
    ['walmart', 'Bravo! Your order has shipped.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).not.toContain('abuse');
  });
});

describe('Walmart marketing without a promotion word', () => {
  it.each<[PlatformId, string]>([
    ['walmart', 'Our fall line of throw pillows lands next Friday, new colors included!'],
    ['walmart', 'Fresh designs dropping this weekend, so keep an eye on our store.'],
    ['walmart', 'Stay tuned for more cozy stuff from us!'],
    ['walmart', 'Give our store a follow to see the new pieces first.'],
    ['walmart', 'Take a look at our other listings while you wait.'],
    ['walmart', 'We also make matching pillowcases, you can find them in our shop.'],
    ['walmart', 'Check back next month for fresh styles.'],
    ['walmart', 'Summer collection is going live tomorrow 🎉'],
    ['amazon', "Don't miss our next release, it's even better."],
  ])('%s fires: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('marketing');
  });

  it.each<[PlatformId, string]>([
    ['walmart', "Your replacement is coming next week, we'll send tracking tomorrow."],
    ['walmart', 'The new tracking number will show up tomorrow.'],
    ['walmart', 'We will restock next week and ship your order then.'],
    ['walmart', 'The parcel drops off at the carrier tomorrow morning.'],
    ['walmart', 'Stay tuned for the tracking update, it usually takes 24 hours.'],
    ['walmart', 'The new item will arrive next week with the same size.'],
    ['walmart', 'Please keep an eye on the tracking page for updates.'],
    ['walmart', 'Follow the instructions in the manual to pair it.'],
    ['walmart', 'We shipped the new one today, it should land on Thursday.'],
    ['walmart', 'The color is limited edition, so it cannot be exchanged.'],
    ['walmart', "Please follow up with the carrier if it doesn't arrive by next week."],
    ['walmart', 'We also stock the same lamp at our store on Main Street.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).not.toContain('marketing');
  });
});

describe('short non-English replies on Walmart', () => {
  it.each<[PlatformId, string]>([
    ['walmart', 'Tu reembolso ya fue aprobado.'],
    ['walmart', 'Muchas gracias por todo!'],
    ['walmart', 'Seu pacote foi enviado hoje.'],
    ['walmart', 'Votre colis a été envoyé.'],
    ['walmart', 'Obrigado pela compra!'],
    ['walmart', 'Su paquete llega mañana.'],
  ])('%s fires: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('language.required');
  });

  it.each<[PlatformId, string]>([
    ['walmart', 'Thanks, Jose!'],
    ['walmart', 'Casa de la Playa towels ship today.'],
    ['walmart', 'La Paz, Bolivia is on our shipping list.'],
    ['walmart', 'Dear Maria Lopez, your order shipped.'],
    ['walmart', 'Bella Vista Collection, set of four.'],
    ['walmart', 'Hola! Your order is on the way.'],
    ['walmart', 'Gracias! Your package arrives Friday.'],
    ['walmart', 'The Sol de Mayo lamp is back in stock.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).not.toContain('language.required');
  });
});
