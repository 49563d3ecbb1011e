import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/detect/types';
import { isGuardActive } from '@/lib/editor/active';
import { countBySeverity, findingAt, fixAllEdits, fixesFor, maskPhone } from '@/lib/editor/fixes';

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

  it('counts and picks the finding at the caret', () => {
    const list = [finding({ severity: 'block', start: 0, end: 2 }), finding({ start: 5, end: 7 })];
    expect(countBySeverity(list)).toEqual({ block: 1, warn: 1, info: 0 });
    expect(findingAt(list, 6)?.start).toBe(5);
    expect(findingAt(list, 3)?.start).toBe(0);
  });

  it('is inactive on a disabled host or while paused', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(isGuardActive({ disabledHosts: [], pausedUntil: 0 }, 'seller.shopee.cn', now)).toBe(true);
    expect(
      isGuardActive({ disabledHosts: ['seller.shopee.cn'], pausedUntil: 0 }, 'Seller.Shopee.cn', now),
    ).toBe(false);
    expect(isGuardActive({ disabledHosts: [], pausedUntil: now + 1000 }, 'x', now)).toBe(false);
    expect(isGuardActive({ disabledHosts: [], pausedUntil: now - 1 }, 'x', now)).toBe(true);
  });
});
