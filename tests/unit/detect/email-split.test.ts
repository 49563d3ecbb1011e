import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack } from './helpers';

const linter = createLinter([contactPack()]);
const found = (text: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === 'contact.email' || f.category === 'contact.url')
    .map((f) => `${f.category}:${f.match}`);

describe('e-mails with the provider split', () => {
  it.each([
    ['write to rosa_22 at g mail dot com for the invoice', 'rosa_22 at g mail dot com'],
    ['mi correo: tienda.sol arroba hot mail punto com', 'tienda.sol arroba hot mail punto com'],
    ['contact: kaito.shop @ out look . jp', 'kaito.shop @ out look . jp'],
    ['mandami una mail a bella88 at ya-hoo dot it', 'bella88 at ya-hoo dot it'],
    ['shop2024 [at] i cloud [dot] com', 'shop2024 [at] i cloud [dot] com'],
    ['发到 kefu艾特1 2 6点com 就行', 'kefu艾特1 2 6点com'],
    ['email tommy dot lee at pro ton dot me', 'tommy dot lee at pro ton dot me'],
    ['viết cho shopnho at q q chấm com nhé', 'shopnho at q q chấm com'],
    ['lily.88 at hot mail', 'lily.88 at hot mail'],
  ])('finds %s', (text, match) => {
    expect(found(text)).toEqual([`contact.email:${match}`]);
  });

  it.each([
    'We will send the label by g mail or by post, whichever you prefer',
    'I use g mail and hot mail at home, both work',
    'The q q version ships at 3 pm',
    'Please sign in with out look at the top of the page',
  ])('stays silent on %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('e-mails spelled out one character at a time', () => {
  it.each([
    ['mail us at j a c k y 8 8 @ 1 6 3 . c o m today', 'j a c k y 8 8 @ 1 6 3 . c o m'],
    ['invoices: a c c o u n t s @ h o m e l i t e . s g', 'a c c o u n t s @ h o m e l i t e . s g'],
  ])('finds %s', (text, match) => {
    expect(found(text)).toEqual([`contact.email:${match}`]);
  });
  it.each(['sizes S M L XL and XXL in stock', 'rate us @ 5 . 0 stars', 'grades a b c d e f only'])(
    'leaves alone %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
