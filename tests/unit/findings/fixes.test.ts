import { describe, expect, it } from 'vitest';
import { maskPhone } from '@/lib/detect/contact/phone';
import type { Finding } from '@/lib/detect/types';
import { countBySeverity } from '@/lib/findings/counts';
import { fixAllAction, fixAllEdits, fixesFor } from '@/lib/findings/fixes';

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
      finding({ start: 5, end: 16, match: '13812345678', category: 'contact.phone', severity: 'block' }),
      finding({ start: 6, end: 8, match: '38', replacement: 'x' }),
    ]);
    expect(edits).toEqual([
      { start: 5, end: 16, text: '138****5678' },
      { start: 0, end: 2, text: '商品' },
    ]);
  });

  it('fix-all never deletes a blocking span that has no replacement: it keeps it', () => {
    const app = finding({ start: 7, end: 15, match: 'WhatsApp', category: 'contact.im', severity: 'block' });
    const link = finding({
      start: 20,
      end: 28,
      match: 'www.a.cn',
      category: 'contact.url',
      severity: 'block',
    });
    const declared = finding({ start: 30, end: 32, match: '最', severity: 'block', replacement: '' });
    expect(fixAllAction(app)).toBe('keep');
    expect(fixAllAction(link)).toBe('keep');
    expect(fixAllAction(declared)).toBe('keep'); // a pack's "remove" is a deletion too: asked for one by one
    expect(fixAllAction(finding({ match: 'hmm' }))).toBeNull();
    const brand = finding({ start: 40, end: 42, match: '淘宝', severity: 'block', replacement: '本店' });
    expect(fixAllEdits([app, link, declared, brand])).toEqual([{ start: 40, end: 42, text: '本店' }]);
  });

  it('counts findings per severity', () => {
    const list = [finding({ severity: 'block', start: 0, end: 2 }), finding({ start: 5, end: 7 })];
    expect(countBySeverity(list)).toEqual({ block: 1, warn: 1, info: 0 });
  });
});
