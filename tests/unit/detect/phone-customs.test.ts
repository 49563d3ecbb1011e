import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack } from './helpers';

const linter = createLinter([contactPack({ markets: ['CN', 'US', 'BR', 'ID', 'DE', 'PL', 'MX'] })]);
const phones = (text: string) =>
  linter
    .lint(text)
    .filter((f) => f.category === 'contact.phone')
    .map((f) => f.match);

describe('customs, tariff and product codes are no phones', () => {
  it.each([
    'The HS code for the earbuds is 8518.30 and the HTS heading 8518.30.2000.',
    'Para a nota fiscal, código NCM 8471.60.52, origem China.',
    'Zolltarifnummer 6109.10.00, Ursprungsland China.',
    'Kod CN towaru: 6404.19.90.',
    'Fracción arancelaria 9503.00.99 para el despacho.',
    '报关用的商品编码是 8516799000，申报价值按发票。',
    'Kode HS barang ini 3926.90.99 ya kak.',
    'GTIN 00614141999996 and EAN 5901234123457 are on the label.',
    'The tariff code 9405.42 applies to LED lamps.',
    'Taric 6402.99.98.00, duty 16.9%.',
  ])('leaves %s silent', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['HS 8518.30.00 / 0812 3456 7890', '0812 3456 7890'],
    ['NCM 8471.60.52, WhatsApp (11) 91234-5678', '(11) 91234-5678'],
    ['HS code 6109.10 or call +49 30 901820 for the papers', '+49 30 901820'],
    ['Call 8518.30.0021 today', '8518.30.0021'],
  ])('still finds the phone in %s', (text, match) => {
    expect(phones(text)).toContain(match);
  });
});
