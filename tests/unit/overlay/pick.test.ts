import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/detect/types';
import { distinctFindings, findingAt, findingKey, groupFindings, markAt } from '@/lib/overlay/pick';

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

describe('hit-testing marks', () => {
  const mark = (key: string, left: number, top: number) => ({
    key,
    finding: finding(0, 1),
    boxes: [{ left, top, width: 50, height: 20 }],
  });

  it('finds the mark under the pointer, with a little slack above and below the line', () => {
    const marks = [mark('a', 10, 100), mark('b', 100, 100)];
    expect(markAt(marks, 30, 110)?.key).toBe('a');
    expect(markAt(marks, 120, 98)?.key).toBe('b');
    expect(markAt(marks, 120, 123)?.key).toBe('b');
    expect(markAt(marks, 120, 124)).toBeUndefined();
    expect(markAt(marks, 80, 110)).toBeUndefined();
  });

  it('draws one mark per rule and span', () => {
    const list = [finding(0, 2), finding(0, 2), finding(3, 4)];
    expect(distinctFindings(list).map(findingKey)).toEqual(['r:0:2', 'r:3:4']);
  });

  it('draws overlapping findings as one mark that lists each, in the most severe colour', () => {
    const app = { ...finding(7, 30), ruleId: 'im', severity: 'block' as const };
    const phone = { ...finding(22, 37), ruleId: 'phone' };
    const after = finding(37, 40); // touches the phone number, shares no character with it
    const groups = groupFindings([phone, after, app]);
    expect(groups.map((group) => [group.start, group.end, group.severity])).toEqual([
      [7, 37, 'block'],
      [37, 40, 'warn'],
    ]);
    expect(groups[0]!.findings).toEqual([app, phone]);
    expect(groups[0]!.key).toBe('im:7:30+phone:22:37');
    expect(groupFindings([finding(0, 2), finding(0, 2)])).toHaveLength(1);
  });
});
