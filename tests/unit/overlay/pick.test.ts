import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/detect/types';
import { findingAt } from '@/lib/overlay/pick';

const finding = (start: number, end: number): Finding => ({
  ruleId: 'r',
  category: 'custom',
  severity: 'warn',
  start,
  end,
  match: 'x',
  message: 'm',
});

describe('picking a finding', () => {
  it('takes the finding at the caret, else the nearest before it, else the first', () => {
    const list = [finding(0, 2), finding(5, 7)];
    expect(findingAt(list, 6)?.start).toBe(5);
    expect(findingAt(list, 3)?.start).toBe(0);
    expect(findingAt([finding(5, 7)], 1)?.start).toBe(5);
    expect(findingAt([], 1)).toBeUndefined();
  });
});
