import { describe, expect, it } from 'vitest';
import { badgeText } from '@/components/sla/SlaBadge';
import { formatCountdown } from '@/lib/sla/format';

describe('formatCountdown', () => {
  it('shows mm:ss under an hour and h:mm from an hour up', () => {
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(59)).toBe('00:59');
    expect(formatCountdown(180)).toBe('03:00');
    expect(formatCountdown(3599)).toBe('59:59');
    expect(formatCountdown(3600)).toBe('1:00');
    expect(formatCountdown(3660 + 59)).toBe('1:01');
    expect(formatCountdown(48 * 3600)).toBe('48:00');
  });

  it('puts a minus sign before overdue times', () => {
    expect(formatCountdown(-1)).toBe('-00:01');
    expect(formatCountdown(-3600 * 2 - 60)).toBe('-2:01');
  });

  it('labels exempt badges instead of a countdown', () => {
    expect(badgeText({ state: 'exempt', remainingSeconds: null })).toBe('Not counted');
    expect(badgeText({ state: 'due-soon', remainingSeconds: 65 })).toBe('01:05');
  });
});
