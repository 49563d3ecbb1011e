import { describe, expect, it } from 'vitest';
import { normalise } from '@/lib/detect/normalise';

const digits = (text: string) => normalise(text).digits().s;

describe('numbers read aloud (digits view)', () => {
  it('reads one digit a word in many languages', () => {
    expect(digits('tres uno cero')).toBe('3 1 0');
    expect(digits('zéro sept')).toBe('0 7');
    expect(digits('null eins zwei')).toBe('0 1 2');
    expect(digits('kosong lapan')).toBe('0 8');
  });

  it('reads numbers in pairs: tens and units, teens, French and Indonesian compounds', () => {
    expect(digits('cincuenta y cinco, treinta y uno')).toBe('55, 31');
    expect(digits('quarante et un, quatre-vingt-dix, dix-neuf, soixante-treize')).toBe('41, 90, 19, 73');
    expect(digits('vinte e dois, quarenta')).toBe('22, 40');
    expect(digits('twenty one, fifteen')).toBe('21, 15');
    expect(digits('dua puluh tiga, empat belas')).toBe('23, 14');
    expect(digits('hai mươi mốt')).toBe('21');
    expect(digits('veintitrés')).toBe('23');
  });

  it('reads double and triple', () => {
    expect(digits('double five, triple 7')).toBe('55, 777');
  });

  it('maps each digit of a pair to the whole phrase', () => {
    const text = 'call treinta y uno';
    const view = normalise(text).digits();
    const at = view.s.indexOf('31');
    expect(text.slice(view.start[at]!, view.end[at + 1]!)).toBe('treinta y uno');
  });

  it('leaves connectors and ordinary words alone', () => {
    expect(digits('y e et and')).toBe('y e et and');
    expect(digits('double check')).toBe('double check');
    expect(digits('quatre')).toBe('4');
  });

  it('reads the decimal digits of every script', () => {
    expect(digits('๐๘๙-๔๔๗')).toBe('089-447');
    expect(digits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(digits('०९')).toBe('09');
  });
});

describe('numbers read in hundreds', () => {
  it('reads Turkish and English hundreds', () => {
    expect(normalise('sıfır beş yüz otuz iki, yedi yüz on bir').digits().s).toBe('0 532, 711');
    expect(normalise('five hundred and two').digits().s).toBe('502');
    expect(normalise('one hundred boxes').digits().s).toBe('100 boxes');
  });
});

describe('Russian number words', () => {
  it('reads them through the Latin look-alikes the base view makes', () => {
    expect(normalise('восемь девятьсот шестнадцать, сто двадцать три, сорок пять').digits().s).toBe(
      '8 916, 123, 45',
    );
    expect(normalise('ноль пять ноль').digits().s).toBe('0 5 0');
  });
});
