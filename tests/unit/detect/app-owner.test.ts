import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack } from './helpers';

const linter = createLinter([contactPack({ markets: ['ID', 'PH', 'MY', 'US'] })]);
const found = (text: string, category: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === category)
    .map((f) => f.match);

describe('short app aliases with the shop as owner', () => {
  it.each([
    ['Semua warna ada di IG kami ya kak', 'IG kami'],
    ['Tanya stok langsung ke WA kita: 0857 1234 9988', 'WA kita: 0857 1234 9988'],
    ['Buat pre-order, WA kami aja kak', 'WA kami'],
    ['More photos on our IG!', 'IG'],
    ['Fotos reales en nuestro IG', 'IG'],
    ['Nasa FB namin ang buong catalog', 'FB namin'],
    ['restock news drops on my gram first', 'my gram'],
    ['tele na lang po tayo: @baby.things22', 'tele na lang po tayo: @baby.things22'],
    ['message me on dc, tag moonbeam#7781', 'message me on dc'],
  ])('fires on %s', (text, match) => {
    expect(found(text, 'contact.im')).toContain(match);
  });

  it.each([
    'Wa kami stock sa XL, pasensya na.', // Bisaya: we have none
    'Wa kita kaila sa courier, sorry.',
    'The IG filter is cute.',
    'Two hundred gram per pack; my gram scale says 205.',
    'The 12V DC adapter ships with the lamp.',
    'Orders to Washington DC ship on Monday.',
    'Our WS-200 model has a longer cable.',
    'This throw is from our Signal Ridge collection.',
    'Our line of lamps ships from Manila.',
  ])('stays silent on %s', (text) => {
    expect(found(text, 'contact.im')).toEqual([]);
  });
});

describe('short-link and form hosts', () => {
  it.each([
    ['Please fill in forms.gle/Pq7Zx2 for engraving', 'forms.gle/Pq7Zx2'],
    ['the form: forms (dot) gle / Tr5u', 'forms (dot) gle / Tr5u'],
    ['chat us at wa . me / 628123456789', 'wa . me / 628123456789'],
    ['all links: linktr . ee / lunahome', 'linktr . ee / lunahome'],
    ['LINE: lin.ee/Q2w3E4', 'lin.ee/Q2w3E4'],
    ['katalog di s.id/tokobunga', 's.id/tokobunga'],
    ['short: 2h.ae/xyz9', '2h.ae/xyz9'],
  ])('finds %s', (text, match) => {
    expect(found(text, 'contact.url').join(' ')).toContain(match);
  });

  it.each(['The forms will be sent by email.', 'Google Forms is what we use for returns on the app.'])(
    'stays silent on %s',
    (text) => {
      expect(found(text, 'contact.url')).toEqual([]);
    },
  );
});
