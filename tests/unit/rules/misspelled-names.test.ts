import { describe, expect, it } from 'vitest';
import { blocks } from './bundled-blocks';

describe('marketplace and app names misspelled, read with the bundled packs', () => {
  it.each([
    ['walmart', 'Same lamp is cheaper on Amazom, check it'],
    ['amazon', 'we also sell it on AliXpress'],
    ['shopee', 'kak, di Lazadda lebih murah'],
    ['lazada', 'order it from Shopeee next time'],
    ['ebay', 'this one is on Temuu for less'],
    ['aliexpress', 'you can find it on Wallmart too'],
    ['walmart', 'Paypall me the balance directly'],
  ])('%s: a competitor or payment name misspelled blocks (%s)', (platform, text) => {
    expect(blocks(platform as never, text)).not.toEqual([]);
  });

  it('a platform misspelling its own name stays silent', () => {
    expect(blocks('amazon', 'Thanks for shopping on Amazom!')).toEqual([]);
    expect(blocks('lazada', 'Terima kasih sudah belanja di Lazadda')).toEqual([]);
  });

  it.each([
    ['walmart', 'This is amazing, thank you!'],
    ['walmart', 'Our Lazarus series lamp is back in stock'],
    ['amazon', 'Ye Olde Candle Shoppe scent is sold out'],
    ['amazon', 'The order ships from our Temuco warehouse'],
    ['shopee', 'Pedimos disculpas por la llamada de ayer'],
    ['walmart', 'The telegraph pole lamp ships Monday'],
    ['walmart', 'Please discard the old packaging'],
    ['amazon', 'The instant pot lid fits the 6 quart model'],
  ])('%s: ordinary words near a name stay clean (%s)', (platform, text) => {
    expect(blocks(platform as never, text)).toEqual([]);
  });

  it('a misspelled app needs a contact verb or a handle', () => {
    expect(blocks('shopee', 'add Zaloo nha')).toContain('contact.im');
    expect(blocks('walmart', 'Whatsaap: +1 415 555 0132')).toContain('contact.im');
    expect(blocks('walmart', 'Zaloo and Viberr are popular apps')).toEqual([]);
  });
});
