import { describe, expect, it } from 'vitest';
import { unleet } from '@/lib/detect/leet';
import { collapse, NearNames, oneEdit } from '@/lib/detect/near-names';

const names = new NearNames([
  'amazon',
  'aliexpress',
  'lazada',
  'telegram',
  'instagram',
  'whatsapp',
  'zalo',
  'temu',
]);

describe('one edit and collapsed letters', () => {
  it('counts substitutions, insertions, deletions and swaps of neighbours as one edit', () => {
    expect(oneEdit('amazom', 'amazon')).toBe(true);
    expect(oneEdit('alixpres', 'aliexpres')).toBe(true);
    expect(oneEdit('instagarm', 'instagram')).toBe(true);
    expect(oneEdit('telgeram', 'telegram')).toBe(true);
    expect(oneEdit('amazing', 'amazon')).toBe(false);
    expect(oneEdit('telegraph', 'telegram')).toBe(false);
    expect(oneEdit('talegarm', 'telegram')).toBe(false);
  });

  it('writes runs of one letter once', () => {
    expect(collapse('telegrammm')).toBe('telegram');
    expect(collapse('whatsapp')).toBe('whatsap');
  });
});

describe('NearNames', () => {
  it.each([
    ['Zaloo', 'zalo'],
    ['Whatsaap', 'whatsapp'],
    ['Telegrammm', 'telegram'],
    ['Instagarm', 'instagram'],
    ['AliXpress', 'aliexpress'],
    ['Amazom', 'amazon'],
    ['Lazadda', 'lazada'],
    ['TEMUU', 'temu'],
    ['amazon', 'amazon'],
  ])('reads %s as %s', (word, name) => {
    expect(names.find(word)).toBe(name);
  });

  it.each([
    'amazing',
    'Lazarus',
    'telegraph',
    'telegrams',
    'instant',
    'llamada',
    'Temuco',
    'tempo',
    'zal',
    'mazon',
    'xamazon',
  ])('leaves %s alone', (word) => {
    expect(names.find(word)).toBeUndefined();
  });

  it('keeps the first letter and short names need letters repeated, not an edit', () => {
    expect(names.find('Bamazon')).toBeUndefined();
    expect(names.find('zalu')).toBeUndefined();
    expect(names.find('temo')).toBeUndefined();
  });

  it('reads nothing when a word is one edit from two names', () => {
    expect(new NearNames(['abcdef', 'abcdeg']).find('abcdex')).toBeUndefined();
    expect(new NearNames(['abcdef', 'abcdeg']).find('abcdeff')).toBe('abcdef');
  });
});

describe('leetspeak readings', () => {
  it('reads digits and symbols inside a Latin word, 1 as i and as l', () => {
    expect(unleet('Amaz0n')).toEqual(['Amazon']);
    expect(unleet('Wha+sApp')).toEqual(['WhatsApp']);
    expect(unleet('Te1egram')).toEqual(['Teiegram', 'Telegram']);
  });

  it('leaves model codes, handles, grades and punctuation alone', () => {
    for (const token of ['iPhone13', 'A4', 'MP3', '@sh0p', '$c4sh', 'Amazing!', 'A+', 'C++']) {
      expect(unleet(token), token).toEqual([]);
    }
  });
});
