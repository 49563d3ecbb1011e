import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { normalise, toDigits } from '@/lib/detect/normalise';
import { contactPack, matchesOf } from './helpers';

const linter = createLinter([contactPack({ markets: ['US', 'BR', 'GB', 'ID'] })]);
const phones = matchesOf(linter, 'contact.phone');

describe('letters standing for digits in a phone number', () => {
  it.each([
    ['ring our desk on 415-8OO-2O19 any time', '415-8OO-2O19'],
    ['contato: +55 21 9I876-5O43', '+55 21 9I876-5O43'],
    ['text me 07OO 900 123', '07OO 900 123'],
    ['hubungi 0812-3S45-6789 ya', '0812-3S45-6789'],
    ['mobile 0l7l 496 0l23 after six', '0l7l 496 0l23'],
  ])('finds %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });

  it.each([
    'The ZOOM 1000 lens ships with a 4400 mAh pack',
    'Spare blade KOO-1200 fits model IO-2024 and IOO-2024-11',
    'your ticket is LO12345678, keep it',
    'order 8OO-44-77-12 left the warehouse',
    'a 1lb 2oz bag, 300 pcs, size 3B',
    'the 2OO9-2O11 models cost 1O0.00 each',
    'el número de lote L2406-118 está en la caja',
  ])('stays silent on %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('reads the look-alikes only where they touch the number', () => {
    const digits = (text: string) => toDigits(normalise(text).base).s;
    expect(digits('8OO-44')).toBe('800-44');
    expect(digits('1s2 and 5s')).toBe('152 and 5s');
    expect(digits('zoo 100, oil 2')).toBe('zoo 100, oil 2');
  });
});
