import { describe, expect, it } from 'vitest';
import { isGuardActive, pauseRemaining } from '@/lib/settings/guard-active';

describe('guard active', () => {
  it('is inactive on a disabled host or while paused', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(isGuardActive({ disabledHosts: [], pausedUntil: 0 }, 'seller.shopee.cn', now)).toBe(true);
    expect(
      isGuardActive({ disabledHosts: ['seller.shopee.cn'], pausedUntil: 0 }, 'Seller.Shopee.cn', now),
    ).toBe(false);
    expect(isGuardActive({ disabledHosts: [], pausedUntil: now + 1000 }, 'x', now)).toBe(false);
    expect(isGuardActive({ disabledHosts: [], pausedUntil: now - 1 }, 'x', now)).toBe(true);
    expect(pauseRemaining({ pausedUntil: now + 1000 }, now)).toBe(1000);
    expect(pauseRemaining({ pausedUntil: 0 }, now)).toBe(0);
  });
});
