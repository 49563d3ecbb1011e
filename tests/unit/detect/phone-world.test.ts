import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack } from './helpers';

// Markets CN and US only: numbers of other countries are found by their shape or a phone word.
const linter = createLinter([contactPack({ idFormats: ['\\d{2}-\\d{5}-\\d{5}'] })]);
const phones = (text: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === 'contact.phone')
    .map((f) => f.match);

describe('phone numbers from any country', () => {
  it.each([
    ['Help? 0845 2814032 16 after 1st free', '0845 2814032'],
    ['call free on 08000407165 (18+)', '08000407165'],
    ['Chat now! 0871750.77.11! BT rate', '0871750.77.11'],
    ['Call 08704439680Ts&Cs apply', '08704439680'],
    ['WA saya 0812-3456-7890 ya kak', '0812-3456-7890'],
    ['โทร 081-234-5678 ค่ะ', '081-234-5678'],
    ['gọi 0912 345 678 nhé', '0912 345 678'],
    ['text me 0917 555 0123 po', '0917 555 0123'],
    ['me chama no (11) 91234-5678', '(11) 91234-5678'],
    ['138🌸6521🌸7709', '138🌸6521🌸7709'],
    ['我的电话 2596259', '2596259'],
    ['电话幺三八 洞拐两九 勾勾洞幺', '幺三八 洞拐两九 勾勾洞幺'],
    ['my number is 415-882-0196', '415-882-0196'],
    ['call 0983 2210 4471 5', '0983 2210 4471'],
    ['物流的事您打这个 139 0271 5548，我同事专门跟', '139 0271 5548'],
    ['物流的事您打这个 1三9 零2七1 五5四8', '1三9 零2七1 五5四8'],
    ['โทร ๐๘๙-๔๔๗-๑๒๐๖', '๐๘๙-๔๔๗-๑๒๐๖'],
    [
      'wasap cincuenta y cinco, treinta y uno, ochenta y dos, cuarenta',
      'cincuenta y cinco, treinta y uno, ochenta y dos, cuarenta',
    ],
    [
      'appelez le zéro six, quarante et un, quatre-vingt-dix, dix-neuf',
      'zéro six, quarante et un, quatre-vingt-dix, dix-neuf',
    ],
  ])('finds %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });

  it.each([
    '528690173109就是这款',
    '店铺优惠券169-5159-10368-20双十一',
    '2596259第二件是99的',
    '运单号 9775678472842 已发出',
    'model XK-2024-1188 and XK-2024-1190 are both in stock',
    'we can do 2023-2024 desk calendars',
    'eBay order 12-34567-89012 shipped',
    'tracking number 1Z999AA10123456784',
    'price $1234567.99',
    // Long ids written in groups: a merely valid prefix is no phone; labels in other languages.
    'your parcel 8203 1947 5562 0318 is at customs',
    '주문번호 8203 1947 5562 0318 상품은 통관 중입니다',
    'ご注文 8172 0093 4456 1823 は本日発送しました',
    'tu número de guía de Estafeta es 5544 1209 8837 21, ya está en camino',
    'Mã vận đơn Viettel Post của chị là 0983 2210 4471 5 nha',
    'your RMA number is 415-882-0196 (it is on the label)',
    '您的快递单号是 13902715548',
    '快递单号：139 0271 5548',
    'tenemos tallas treinta y dos y treinta y cuatro',
    'open the router page at 192.168.100.254 and log in',
    'the antenna covers 700/850/1900 MHz',
    'the replacement part number is 4410 2286 93 for the lid',
    'Die Artikelnummer 2290 4471 8820 steht auf der Rechnung',
    'la pièce (réf. 7711 225 310) est neuve',
    'Трек-номер: 0B0433812796, посылка в пути',
    'o CEP cadastrado é 01310-200, confere?',
    'طلبك رقم 558201934 في الطريق',
    // A code with letters between its digit groups, a date in parentheses, a run longer than any phone.
    'FedEx label 7K 4V9 318 22 5107 6643 printed',
    'bought on (05/11/2024), still under warranty',
    'numero spedizione 06273189405512874 in consegna',
    // A lone word of the sentence that is also a number word: Vietnamese từ (from), French un.
    'giảm 20% cho đơn từ 250.000đ trở lên',
    'il reste un 415 000 en stock',
  ])('stays silent on %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('digits in any script', () => {
  it.each([
    [
      'japri ke nol delapan lima tujuh, dua satu tiga empat, sembilan sembilan nol satu',
      'nol delapan lima tujuh, dua satu tiga empat, sembilan sembilan nol satu',
    ],
    ['gọi không chín ba tám, hai hai một, bốn năm sáu nhé', 'không chín ba tám, hai hai một, bốn năm sáu'],
    [
      'llamame al tres uno cero cuatro cinco seis siete ocho dos uno',
      'tres uno cero cuatro cinco seis siete ocho dos uno',
    ],
    ['WhatsApp +86 l39 O7l2 8845', '+86 l39 O7l2 8845'],
    ['call me, it is one 800 555 0147', '800 555 0147'],
  ])('finds %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });

  it.each(['ba lo hai nam', 'we sent one or two boxes, three days ago', 'lima, peru'])(
    'stays silent on %s',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );
});

describe('vanity numbers', () => {
  it.each([
    ['call 1-888-ROSE-HOM for help', '1-888-ROSE-HOM'],
    ['dial 1 800 FLOWERS', '1 800 FLOWERS'],
    ['call 800-FLOWERS now', '800-FLOWERS'],
  ])('finds %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });

  it.each(['only 800 calories per serving', 'the 888 series', 'model 800-abc'])(
    'stays silent on %s',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );
});

describe('a number given in pieces', () => {
  it.each([
    ['Text me instead: 646. Then 555. Last four are 0 1 9 3.', '646. Then 555. Last four are 0 1 9 3'],
    ['我的电话前三位138，中间四位1234，后四位5678', '138，中间四位1234，后四位5678'],
  ])('finds %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });

  it.each([
    'Call us about order 12345, then we ship on 12/05 and the last four of your card 4321 are fine.',
    '订单号前三位是123，然后是4567，后四位8901，请核对',
    'Sizes 38, then 40, then 42 are in stock.',
  ])('stays silent on %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
