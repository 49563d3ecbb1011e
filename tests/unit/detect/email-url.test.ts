import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack } from './helpers';

const linter = createLinter([contactPack({ ownDomains: ['shopee.com.my', 'walmart.com'] })]);
const of = (category: string, text: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === category)
    .map((f) => f.match);

describe('email detector', () => {
  it.each([
    ['mail shop@163.com please', 'shop@163.com'],
    ['shop at gmail dot com', 'shop at gmail dot com'],
    ['shop [at] gmail [dot] com', 'shop [at] gmail [dot] com'],
    ['shop(at)qq.com', 'shop(at)qq.com'],
    ['写信 shop艾特qq点com 谢谢', 'shop艾特qq点com'],
    ['shop＠163。com', 'shop＠163。com'],
    ['SHOP.Best@Gmail.COM', 'SHOP.Best@Gmail.COM'],
    ['Write to me on gmail: luckystore2026', 'gmail: luckystore2026'],
    ['邮箱：shop_88', '邮箱：shop_88'],
    ['reach shop_88 at mystore dot com', 'shop_88 at mystore dot com'],
    ['write to help at lunahome dot co today', 'help at lunahome dot co'],
    ['écrivez à lumiere chez gmail point com', 'lumiere chez gmail point com'],
    ['email tokosinar et gmail titik com ya', 'tokosinar et gmail titik com'],
    ['kefu_zhang艾特163点康姆', 'kefu_zhang艾特163点康姆'],
    ['manual: roseh0me.support@gmail thanks', 'roseh0me.support@gmail'],
    ['пишите: sveta.shop собака mail точка ru', 'sveta.shop собака mail точка ru'],
    ['发到 shop_li88在qq点com 就行', 'shop_li88在qq点com'],
    ['napisz: sklep.rowerowy małpa o2 kropka pl', 'sklep.rowerowy małpa o2 kropka pl'],
    ['yazın: destek.magaza at gmail nokta com', 'destek.magaza at gmail nokta com'],
    ['schreiben Sie an kontakt(ät)teeladen(punkt)de', 'kontakt(ät)teeladen(punkt)de'],
    ['scrivete a ordini chiocciola negozio punto it', 'ordini chiocciola negozio punto it'],
    ['mail cho shop.ha a còng gmail chấm com nhé', 'shop.ha a còng gmail chấm com'],
    ['메일은 minishop 골뱅이 daum 닷 net', 'minishop 골뱅이 daum 닷 net'],
    ['メールは kobo88 アットマーク yahoo ドット jp まで', 'kobo88 アットマーク yahoo ドット jp'],
    ['อีเมล baan.suay แอท gmail ดอท คอม ค่ะ', 'baan.suay แอท gmail ดอท คอม'],
  ])('finds %s', (text, match) => {
    expect(of('contact.email', text)).toEqual([match]);
  });

  it.each([
    'Follow our Instagram @myshop.my',
    'we arrive at noon',
    'look at this',
    '@everyone thanks',
    'see you at 5. com soon',
    'Marie et Paul',
    'that is a good point. me too',
    'now available at walmart dot com',
    'у нас собака живёт в магазине',
    '货在3点到',
    'dziecko dostało pluszową małpa i jest zachwycone, kropka',
    'la chiocciola del giardino è lenta',
    'แอทแทค ดอท คอม',
  ])('ignores %s', (text) => {
    expect(of('contact.email', text)).toEqual([]);
  });

  it('does not also report the address as a link', () => {
    expect(of('contact.url', 'shop@163.com')).toEqual([]);
  });
});

describe('url detector', () => {
  it.each([
    ['visit www.myshop.cn', 'www.myshop.cn'],
    ['bit.ly/x', 'bit.ly/x'],
    ['see facebook.com/x', 'facebook.com/x'],
    ['https://example.io/a?b=1', 'https://example.io/a?b=1'],
    ['请访问myshop.cn谢谢', 'myshop.cn'],
    ['myshop dot com', 'myshop dot com'],
    ['myshop点com', 'myshop点com'],
    ['shop.com.cn', 'shop.com.cn'],
    ['manual here: shorturl .at / xK29p', 'shorturl .at / xK29p'],
    ['t . co / abcd', 't . co / abcd'],
    ['catalog at szkatelighting。com/b2b ok', 'szkatelighting。com/b2b'],
  ])('finds %s', (text, match) => {
    expect(of('contact.url', text)).toEqual([match]);
  });

  it.each([
    'https://shopee.com.my/product/123',
    'seller.shopee.com.my/x',
    'walmart.com/ip/2',
    'www.walmart.com',
    'Mr.Li will help',
    'version 1.2.3',
    'ok.thanks',
    'it is 1 / 2 inch',
    'size S / M / L',
    '货已发出。com',
  ])('ignores %s', (text) => {
    expect(of('contact.url', text)).toEqual([]);
  });
});

describe('email detector: what is written around the address', () => {
  it.each([
    ['lucy_sourcing # foxmail . com', 'lucy_sourcing # foxmail . com'],
    ['manda pro suporte.casaled no gmail', 'suporte.casaled no gmail'],
    ['moc.liamg@gnohcslaed', 'moc.liamg@gnohcslaed'],
  ])('finds %j', (text, want) => {
    expect(of('contact.email', text)).toEqual([want]);
  });

  it.each([
    'the e-mail on your account (m***a@hotmail.com) got the invoice',
    'the label went to 7f3k2q@relay.walmart.com, check your spam',
    'tag #sale . com',
    'see the shop at gmail',
  ])('leaves %j alone (masked, the platform relay, no mailbox)', (text) => {
    expect(of('contact.email', text)).toEqual([]);
  });
});
