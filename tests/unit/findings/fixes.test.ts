import { describe, expect, it } from 'vitest';
import { maskPhone } from '@/lib/detect/contact/phone';
import type { Finding } from '@/lib/detect/types';
import { countBySeverity } from '@/lib/findings/counts';
import { fixAllEdits, fixesFor } from '@/lib/findings/fixes';

const finding = (patch: Partial<Finding>): Finding => ({
  ruleId: 'r',
  category: 'custom',
  severity: 'warn',
  start: 0,
  end: 1,
  match: 'x',
  message: 'm',
  ...patch,
});

describe('fixes', () => {
  it('masks the middle digits of a phone number and keeps its layout', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138 **** 5678');
    expect(maskPhone('(415) 555-0132')).toBe('(415) ***-0132');
    expect(maskPhone('+86 138-1234-5678')).toBe('+86 1**-****-5678');
    expect(maskPhone('１３８１２３４５６７８')).toBe('１３８****５６７８');
  });

  it('masks a number of 7 digits or fewer whole (keeping 3 + 4 would hide nothing)', () => {
    expect(maskPhone('555-0132')).toBe('***-****');
    expect(maskPhone('5550132')).toBe('*******');
    expect(maskPhone('12345')).toBe('*****');
    expect(fixesFor(finding({ category: 'contact.phone', match: '555-0132' }))[0]).toMatchObject({
      kind: 'mask',
      text: '***-****',
    });
  });

  it('offers the replacement first, then mask/remove', () => {
    const term = fixesFor(finding({ category: 'term.discouraged', match: '宝贝', replacement: '商品' }));
    expect(term[0]).toMatchObject({ kind: 'replace', text: '商品' });
    const phone = fixesFor(finding({ category: 'contact.phone', match: '13812345678' }));
    expect(phone.map((fix) => fix.kind)).toEqual(['mask', 'remove']);
    const url = fixesFor(finding({ category: 'contact.url', match: 'www.a.cn' }));
    expect(url).toEqual([{ kind: 'remove', text: '', label: 'overlayFixRemoveLink' }]);
  });

  it('fix-all edits go last-first and skip overlaps', () => {
    const edits = fixAllEdits([
      finding({ start: 0, end: 2, match: '宝贝', replacement: '商品' }),
      finding({ start: 5, end: 16, match: '13812345678', category: 'contact.phone' }),
      finding({ start: 6, end: 8, match: '38' }),
    ]);
    expect(edits).toEqual([
      { start: 5, end: 16, text: '138****5678' },
      { start: 0, end: 2, text: '商品' },
    ]);
  });

  it('counts findings per severity', () => {
    const list = [finding({ severity: 'block', start: 0, end: 2 }), finding({ start: 5, end: 7 })];
    expect(countBySeverity(list)).toEqual({ block: 1, warn: 1, info: 0 });
  });
});
