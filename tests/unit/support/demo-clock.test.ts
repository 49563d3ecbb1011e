import { describe, expect, it } from 'vitest';
import { DEMO_NOW, faketimeOffset, findFaketime } from '@/tests/support/demo-clock';

describe('the demo clock', () => {
  it('is a Tuesday at 14:30 in Beijing, inside Pinduoduo counted hours', () => {
    expect(new Date(DEMO_NOW).toISOString()).toBe('2026-11-24T06:30:00.000Z');
    expect(new Date(DEMO_NOW).getUTCDay()).toBe(2);
  });

  it('shifts the browser by a whole number of seconds, either way', () => {
    expect(faketimeOffset(10_000, 4_000)).toEqual({ seconds: 6, spec: '+6' });
    expect(faketimeOffset(0, 3_600_400)).toEqual({ seconds: -3600, spec: '-3600' });
  });

  it('finds Debian libfaketime under any architecture directory', () => {
    const files = new Set(['/usr/lib', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1']);
    const found = findFaketime(
      (path) => files.has(path),
      () => ['x86_64-linux-gnu', 'aarch64-linux-gnu'],
    );
    expect(found).toBe('/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1');
    expect(findFaketime(() => false)).toBeUndefined();
  });
});
