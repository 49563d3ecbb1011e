import { describe, expect, it } from 'vitest';
import { insideAny, printedIds } from '@/lib/detect/contact/printed-ids';

const spans = (text: string) => printedIds(text).map(([a, b]) => text.slice(a, b));

describe('printed ids', () => {
  it('finds UPU items, UPS numbers and numbers printed in fours', () => {
    expect(spans('Royal Mail RR 1234 5678 5GB today')).toEqual(['RR 1234 5678 5GB']);
    expect(spans('tracking LX123456789CN')).toEqual(['LX123456789CN']);
    expect(spans('UPS 1Z9W4E730388124471.')).toEqual(['1Z9W4E730388124471']);
    expect(spans('InPost 6800 1234 5678 9012 3456 78, odbiór')).toEqual(['6800 1234 5678 9012 3456 78']);
    expect(spans('Garantiecode: WX-8839-2210.')).toEqual(['WX-8839-2210']);
    expect(spans('保修卡编号 WX20240612-0387 请保留')).toEqual(['WX20240612-0387']);
    expect(spans('CPF 123.456.789-09 no pedido')).toEqual(['123.456.789-09']);
  });
  it('leaves phones and shorter groups alone', () => {
    expect(spans('call 0812 3456 7890 now')).toEqual([]);
    expect(spans('WhatsApp +44 7911 123456')).toEqual([]);
    expect(spans('order RR12345678GB')).toEqual([]);
    expect(spans('加 vx-138-1234-5678')).toEqual([]);
    expect(spans('msg WA-9123-4567 for the price')).toEqual([]);
    expect(spans('no digits here')).toEqual([]);
  });
  it('tells whether a span lies inside one', () => {
    expect(insideAny([[5, 20]], 6, 10)).toBe(true);
    expect(insideAny([[5, 20]], 3, 10)).toBe(false);
  });
});
