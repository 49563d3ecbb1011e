import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { normalise } from '@/lib/detect/normalise';
import { contactPack } from './helpers';

const digits = (text: string) => normalise(text).digits().s;
const linter = createLinter([contactPack({ markets: ['PL', 'CZ', 'UA', 'DE', 'PH', 'SA', 'TR', 'US'] })]);
const phones = (text: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === 'contact.phone')
    .map((f) => f.match);

describe('number words of more languages (digits view)', () => {
  it('reads Polish hundreds, tens and teens', () => {
    expect(digits('siedemset osiemdziesiąt dziewięć, sto jedenaście')).toBe('789, 111');
    expect(digits('dziewięćset dwadzieścia, czternaście')).toBe('920, 14');
  });

  it('reads Czech, with the hundreds word after its unit', () => {
    expect(digits('tři sta čtyřicet, šest set dva, devatenáct')).toBe('340, 602, 19');
  });

  it("reads Ukrainian, apostrophes inside words included (п'ять, дев’яносто)", () => {
    expect(digits("п'ять, дев’яносто один, шістсот")).toBe('5, 91, 600');
  });

  it('reads German compounds', () => {
    expect(digits('vierundsechzig, siebenundneunzig, zwölf, dreißig')).toBe('64, 97, 12, 30');
    expect(digits('fünfhundert achtzehn')).toBe('518');
  });

  it('reads Dutch teens, tens and compounds (vier-en-dertig, twee-ën-twintig)', () => {
    expect(digits('twaalf, vierendertig, tweeëntwintig, negentig')).toBe('12, 34, 22, 90');
    expect(digits('vijfhonderd')).toBe('500');
    // Not tien: Vietnamese tiền (money) folds to it.
    expect(digits('tiền ship')).not.toMatch(/\d/);
  });

  it('reads Arabic digit words, with و glued on', () => {
    expect(digits('سبعة وثلاثة صفر')).toBe('7 3 0');
  });

  it('reads Spanish numbers in Tagalog spelling', () => {
    expect(digits('singko sais siyete otso nuwebe')).toBe('5 6 7 8 9');
  });
});

describe('phones read aloud in these languages', () => {
  it.each([
    ['Proszę dzwonić: siedemset osiemdziesiąt dziewięć, sto dwadzieścia trzy, czterysta pięćdziesiąt sześć'],
    ['Volejte: šest set dva, tři sta čtyřicet, sedm set osmnáct'],
    ["Телефонуйте: нуль шістдесят сім, триста двадцять, п'ятдесят п'ять, дев'яносто"],
    ['Rufen Sie an: null eins fünf zwei, vierundsechzig, achtundneunzig, dreiundzwanzig'],
    ['اتصل على صفر خمسة ستة سبعة ثمانية تسعة واحد اثنين ثلاثة'],
    ['Tawag ka sa sero nuwebe, singko otso, dos tres kwatro, sais siyete'],
    ['call me at four one five, eight eight two, oh one nine six'],
  ])('finds %s', (text) => {
    expect(phones(text)).toHaveLength(1);
  });

  it.each([
    'Cena to dwieście czterdzieści dziewięć złotych za trzy sztuki, wysyłka dwunastego maja.',
    'Stojí to tři sta padesát korun, balení po dvanácti kusech.',
    'Wir haben einundzwanzig Stück auf Lager, Preis neunundvierzig Euro, Lieferung am dreiundzwanzigsten.',
    'Ціна п’ятсот сорок гривень, доставка за два дні.',
    'السعر خمسة دولارات والكمية ثلاثة قطع',
    'Singko pesos lang po bawat isa, dalawang piraso.',
    'We shipped twenty five hundred units in twenty twenty four.',
  ])('leaves prices, quantities and dates silent: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
