import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack, matchesOf } from './helpers';

const linter = createLinter([contactPack({ ownDomains: ['shopee.com.br', 'lazada.co.th'] })]);
const links = matchesOf(linter, 'contact.url');

describe('links written to dodge filters', () => {
  it.each([
    ['catalogue at best-deals[.]info', 'best-deals[.]info'],
    ['more styles: dress(.)store', 'dress(.)store'],
    ['find me on kicks{.}shop', 'kicks{.}shop'],
    ['order direct: gadgets [dot] net', 'gadgets [dot] net'],
    ['cheaper on tiendita (punto) mx', 'tiendita (punto) mx'],
    ['hxxps://bargain-box.example.com/sale', 'hxxps://bargain-box.example.com/sale'],
    ['the link is hXXp[:]//promo[.]top/a1', 'hXXp[:]//promo[.]top/a1'],
    ['site: www . sneaker-hub . store', 'www . sneaker-hub . store'],
    ['WWW. FLORALS. CO. UK has it', 'WWW. FLORALS. CO. UK'],
    ['compre em modaverao . com . br agora', 'modaverao . com . br'],
    ['our own page: lumiere . com', 'lumiere . com'],
    ['заходите bestshop точка ru', 'bestshop точка ru'],
    ['ghé cuahangxinh chấm vn nhé', 'cuahangxinh chấm vn'],
    ['ดูที่ fashionbkk จุด com ค่ะ', 'fashionbkk จุด com'],
    ['홈페이지 koreabeauty 닷 com 참고', 'koreabeauty 닷 com'],
    ['詳しくは tokyogoodsドットcom まで', 'tokyogoodsドットcom'],
    ['loja: casadomar ponto com ponto br', 'casadomar ponto com ponto br'],
  ])('finds %s', (text, match) => {
    expect(links(text)).toEqual([match]);
  });

  it.each([
    'Thank you. Com calma we will check it.',
    'Thanks . Net weight is 2 kg',
    'Obrigado . com certeza enviaremos hoje',
    'thanks . shop now while stock lasts',
    'That is a good point in general, sir',
    'en este punto es importante esperar',
    'le point de vente est fermé',
    'firmware v2 . 1 . 3 and photo . jpg attached',
    'it costs 12 . 50 now',
    'you can also check shopee . com . br, your orders page',
    'พื้นที่ จุด ชำระเงิน อยู่ชั้นสอง',
    'ドット柄のワンピースです',
  ])('stays silent on %s', (text) => {
    expect(links(text)).toEqual([]);
  });
});
