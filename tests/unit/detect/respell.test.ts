import { describe, expect, it } from 'vitest';
import { consonants, namedMarkets, respellings, vowellessNames } from '@/lib/detect/respell';

const NAMES = {
  vowelless: vowellessNames(['telegram', 'whatsapp', 'facebook', 'amazon', 'shopee', 'wechat']),
  near: namedMarkets(['amazon', 'aliexpress', 'lazada', 'shopee', 'temu', 'paypal directly', 'revolut']),
};
const plain = (text: string) => respellings(text, NAMES).map((s) => [text.slice(s.start, s.end), s.text]);

describe('respellings', () => {
  it('reads leetspeak inside Latin words', () => {
    expect(plain('on Amaz0n or eB@y')).toEqual([
      ['Amaz0n', 'Amazon'],
      ['eB@y', 'eBay'],
    ]);
    expect(plain('SHE1N, WeCh@t, 1nst4gr4m, Uni0n')).toEqual([
      ['SHE1N', 'SHEiN'],
      ['WeCh@t', 'WeChat'],
      ['1nst4gr4m', 'instagram'],
      ['Uni0n', 'Union'],
    ]);
  });

  it('leaves model codes, sizes, e-mails and punctuation alone', () => {
    expect(plain('iPhone13 case, A4 paper, 5G, MP3, COVID19, x7')).toEqual([]);
    expect(plain('mail john3@gmail.com now')).toEqual([]);
    expect(plain('@sh0p and $c4sh')).toEqual([]);
    expect(plain('Amazing! Thanks!!')).toEqual([]);
  });

  it('restores names the packs hold when written without vowels', () => {
    expect(plain('Tlgrm @shop, Whtsp me, fcbk page')).toEqual([
      ['Tlgrm', 'telegram'],
      ['Whtsp', 'whatsapp'],
      ['fcbk', 'facebook'],
    ]);
    // Three consonants or fewer say too little (amazon → mzn, shopee → shp).
    expect(plain('mzn shp')).toEqual([]);
  });

  it('keeps only skeletons that point at one name', () => {
    expect(consonants('WhatsApp')).toBe('whtsp');
    expect(vowellessNames(['planet', 'plant']).has('plnt')).toBe(false);
  });

  it('reads marketplace and payment names misspelled', () => {
    expect(plain('Amazom, AliXpress and Lazadda')).toEqual([
      ['Amazom', 'amazon'],
      ['AliXpress', 'aliexpress'],
      ['Lazadda', 'lazada'],
    ]);
    expect(plain('Shopeee or Temuu, Paypall me')).toEqual([
      ['Shopeee', 'shopee'],
      ['Temuu', 'temu'],
      ['Paypall', 'paypal'],
    ]);
    // Leetspeak and a misspelling at once.
    expect(plain('on Amaz0m')).toEqual([['Amaz0m', 'amazon']]);
  });

  it('reads names with letters masked by asterisks, and the euro sign for an e', () => {
    expect(plain('P*yPal, T*mu, Am*z*n, Sh*p*e or T€mu')).toEqual([
      ['P*yPal', 'paypal'],
      ['T*mu', 'temu'],
      ['Am*z*n', 'amazon'],
      ['Sh*p*e', 'shopee'],
      ['T€mu', 'Temu'],
    ]);
    // The first letter shown, at most two masked, three shown, one name only; arithmetic and swearing stay.
    expect(plain('*emu, T***, L**a**, 5*3, A*B, f*ck, s**t')).toEqual([]);
  });

  it('leaves ordinary words near a name alone', () => {
    expect(plain('amazing Lazarus shoppe llamada lavada Temuco revolt papal shops')).toEqual([]);
    // Short names only with letters repeated: one edit from temu or shein is another word.
    expect(plain('tempo shine sheen')).toEqual([]);
  });

  it('reads only the names the packs hold', () => {
    // The amazon pack names no amazon: the platform's own name, misspelled, is not read as a competitor.
    const own = { vowelless: new Map<string, string>(), near: namedMarkets(['ebay', 'temu']) };
    expect(respellings('Amazom store', own)).toEqual([]);
    expect(respellings('Ebayy store', own).map((s) => s.text)).toEqual(['ebay']);
  });
});

describe('masked names with leet and short payment names', () => {
  const names = { vowelless: new Map<string, string>(), near: namedMarkets(['paypal', 'amazon']) };
  it('reads P*yP@l as paypal and p1x as pix', () => {
    expect(respellings('pay by P*yP@l', names).map((s) => s.text)).toEqual(['paypal']);
    expect(respellings('faz um p1x', names).map((s) => s.text)).toEqual(['pix']);
  });
  it('leaves other three-character codes alone', () => {
    expect(respellings('the p4x and a1b models', names)).toEqual([]);
  });
});
