/**
 * App nicknames and short forms as buyers and sellers write them in South-East Asia, Latin America,
 * Taiwan/Hong Kong/Malaysia and mainland China (contact/apps.ts, frames.ts), in our own phrasings, with the
 * ordinary words that share their letters.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack, matchesOf } from './helpers';

const linter = createLinter([contactPack()]);
const im = matchesOf(linter, 'contact.im');

describe('app nicknames with a verb, a person or a handle', () => {
  it.each([
    // the app used as a verb, with a person after it
    ['Kalau ada soalan WS sy je', 'WS sy'],
    ['Faster to wsp me for the catalogue', 'wsp me'],
    ['Signal me, username tilehouse.21', 'Signal me, username tilehouse.21'],
    // verbs written as people write them
    ['Message us on WA for the video', 'Message us on WA'],
    ['Pa-PM po kami sa FB para sa sizes', 'PM po kami sa FB'],
    ['chat us on tele, we reply fast', 'chat us on tele'],
    ['add W🅰 for the full catalogue', 'add W🅰'],
    ['join our group tele for flash sales', 'join our group tele'],
    ['แอดมาที่ไลน์ได้เลยนะคะ', 'แอดมาที่ไลน์'],
    // a handle, a quoted name or an account word
    ['Our IG is lampnest.ph, photos there', 'IG is lampnest.ph'],
    ['Swatches on our Snap, woolnook_88', 'Snap, woolnook_88'],
    ['LINE@ is @lampnest', 'LINE@ is @lampnest'],
    ['Sig nal: deskmate77', 'Sig nal: deskmate77'],
    ['W4 0812 7777 3210', 'W4 0812 7777 3210'],
    ['賴ID：lamp_tw', '賴ID：lamp_tw'],
    ['加個賴，圖比較清楚', '加個賴'],
    ['掃一下LINE的QR code', 'LINE的QR code'],
    ['新品都在公众号「灯塔小屋」发布', '公众号「灯塔小屋」'],
    ['更多搭配在小红书搜灯塔小屋', '小红书搜'],
    // search <name> on <app>
    ['search Lamp Nest PH on FB po', 'search Lamp Nest PH on FB'],
    ['search lampnest.ph on IG for more colours', 'search lampnest.ph on IG'],
    // slang for the app's colour, used as a channel
    ['talk to us on the purple app', 'the purple app'],
    ['发你绿色泡泡 kk_2291', '绿色泡泡 kk_2291'],
    // WhatsApp as w.app (Malay, with "terus" before the number), wp (Turkish), uazzap (Italian by ear)
    ['pesanan pukal boleh w.app terus 0123456789', 'w.app terus 0123456789'],
    ["beden için wp'den yazın lütfen", "wp'den yazın"],
    ['mandami le foto su uazzap', 'uazzap'],
    ['ghé phây búc shop xem thêm mẫu nha', 'phây búc'],
    ['ラインのID「lamp_nest22」まで', 'ラインのID「lamp_nest22'],
    ['giveaways on IG first, DM us there @lampnest.ph', 'DM us there @lampnest.ph'],
    ['búscanos en el feis como Lámparas Nido', 'búscanos en el feis'],
    ['mandami un messaggio su wapp', 'wapp'],
    // An ID written a few words after the app: LINEのほうが早いので ID：x.
    ['LINEのほうが早いので ＩＤ：ｙｕｍｅ＿ｓｔｙｌｅ', 'LINEのほうが早いので ＩＤ：ｙｕｍｅ＿ｓｔｙｌｅ'],
  ])('finds %s', (text, expected) => {
    expect(im(text)).toContain(expected);
  });

  it.each([
    'Buy two and get a free + face mask',
    'Please add face cream to the order note',
    'The phone supports Face ID',
    'The tele lens 70-200 is back in stock',
    'Add line 2 of your address to the order',
    'Our purple app icon shows the order status',
    'This candle smells like green apple',
    'Instant coffee is sold out',
    'Signal strength is fine in the basement',
    'signal me when you are ready to pay',
    'We chat with our buyers every day',
    'The tele gram scale is accurate to 0.1 g',
    'wa kami stock karon, sorry', // Bisaya: "we have none"
    '都赖我，标签贴错了',
    '这款配件依赖进口，信赖我们的品质',
    '周末赖床也不怕，闹钟很响',
    'สินค้าไลน์ใหม่มาแล้วค่ะ',
    'Our production line checks every unit 3 times',
    '生産ラインのID「A-12」は工場の番号です',
    'WordPress wp eklentisi güncel',
    'Lütfen sipariş notuna yazın: ABC12345',
    'Kargo takip numarasını yazın 1234567890',
    'Wazzap! Your parcel is on its way.',
    'search the order number in the app',
  ])('stays silent on %s', (text) => {
    expect(im(text)).toEqual([]);
  });
});
