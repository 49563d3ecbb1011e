/**
 * Dots written to slip past filters in links and e-mail addresses: blanks around the dot and the slash,
 * the dot in leet or by sound (d0t, dawt), middle dots (· ・) and a full-width comma, an @ set off by blanks.
 * Ordinary sentences with " . ", "/" and middle dots stay silent.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack, matchesOf } from './helpers';

const linter = createLinter([contactPack()]);
const url = matchesOf(linter, 'contact.url');
const email = matchesOf(linter, 'contact.email');

describe('links with spaced dots and slashes', () => {
  it.each([
    ['every style is on linktr . ee / tidepoolhome', 'linktr . ee / tidepoolhome'],
    ['restock drops at cedarlane . co / new first', 'cedarlane . co / new'],
    ['pics: paperfox . shop / sale-2', 'paperfox . shop / sale-2'],
    ['visit paperfox d0t com for more', 'paperfox d0t com'],
    ['buy it at paperfox dawt store', 'paperfox dawt store'],
    ['cheaper on paperfox·shop', 'paperfox·shop'],
    ['paperfox・store に来てね', 'paperfox・store'],
    ['full list at tinyurl dot com slash fox-lamps', 'tinyurl dot com slash fox-lamps'],
    ['the shop is at paperfox dot shop', 'paperfox dot shop'],
    ['samples at fernhouse dot co slash drop', 'fernhouse dot co slash drop'],
    // A www name spaced throughout, its path glued or spaced.
    ['说明书在 www . fernhouse . cn/guide 可以下载', 'www . fernhouse . cn/guide'],
    ['manual: www . fernhouse . cn / guide', 'www . fernhouse . cn / guide'],
    // The dot read out in Dutch and Thai, and a country TLD that is no ordinary word.
    ['de handleiding staat op tuinhuis punt nl slash montage', 'tuinhuis punt nl slash montage'],
    ['รายละเอียดที่ fernhouse ดอท คอม ค่ะ', 'fernhouse ดอท คอม'],
    // Korean 쩜/닷 for the dot; an ending that is an ordinary word (it, id) counts with a path said after it.
    ['사이즈는 fernhouse 쩜 kr 에서 보세요', 'fernhouse 쩜 kr'],
    ['istruzioni su casa-legno punto it barra montaggio', 'casa-legno punto it barra montaggio'],
    ['buka tokobaju titik id garis miring ukuran ya', 'tokobaju titik id garis miring ukuran'],
    // Russian точка, and ру only after it.
    ['размеры на sneakers-opt точка ру', 'sneakers-opt точка ру'],
  ])('%s', (text, match) => {
    expect(url(text)).toEqual([match]);
    expect(email(text)).toEqual([]);
  });
});

describe('e-mails with disguised dots and @', () => {
  it.each([
    ['mail paperfox at gmail d0t com', 'paperfox at gmail d0t com'],
    ['write fox.paper at yahoo dawt com', 'fox.paper at yahoo dawt com'],
    ['fox.paper＠gmail·com', 'fox.paper＠gmail·com'],
    ['fox.paper ＠ hotmail ・ com', 'fox.paper ＠ hotmail ・ com'],
    ['foxpaper22@outlook，com', 'foxpaper22@outlook，com'],
    // An enclosed a for the @.
    ['mail foxpaper22ⓐgmail.com', 'foxpaper22ⓐgmail.com'],
    ['foxpaperⒶyahoo.com', 'foxpaperⒶyahoo.com'],
    // The @ read out in Dutch.
    ['mail foxpaper apenstaartje gmail punt com', 'foxpaper apenstaartje gmail punt com'],
  ])('%s', (text, match) => {
    expect(email(text)).toEqual([match]);
  });
});

describe('ordinary text stays silent', () => {
  it.each([
    'I packed 4 . Then 1 more / day',
    'Sizes XS / S / M . Colour grey / white',
    'Thanks / regards . Shop again soon',
    'It went up . Co-op members agreed',
    'Cotton · Linen · Silk',
    'Free returns · Fast delivery · Shop now',
    'Size・Color・Store',
    'ブラウス・スカート・ワンピース',
    'la col·lecció de tardor',
    'follow us @ paperfox.home for new drops',
    'ping me @ 5pm',
    'options ⓐ ⓑ ⓒ, pick one',
    'ⓐbest choice for you',
    'il punto è questo: il pacco è fermo',
    'titik id pengiriman sudah dicatat',
    '가격은 5점 만점에 5점',
    'run it with main dot py',
  ])('%s', (text) => {
    expect([...url(text), ...email(text)]).toEqual([]);
  });
});
