import { describe, expect, it } from 'vitest';
import { compareVersions, isNewer, parseVersion } from '@/lib/rules/version';

describe('pack versions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('1.2.3', '1.2.4')).toBeLessThan(0);
  });

  it('moves only forward', () => {
    expect(isNewer('1.0.1', '1.0.0')).toBe(true);
    expect(isNewer('1.0.0', '1.0.0')).toBe(false);
    expect(isNewer('0.9.9', '1.0.0')).toBe(false);
    expect(isNewer('0.0.1', undefined)).toBe(true);
  });

  it('rejects malformed versions', () => {
    expect(parseVersion('1.2')).toBeUndefined();
    expect(parseVersion('v1.2.3')).toBeUndefined();
    expect(parseVersion('1.2.3-beta')).toBeUndefined();
    expect(() => compareVersions('1.2', '1.2.3')).toThrow(/1\.2/);
  });
});
