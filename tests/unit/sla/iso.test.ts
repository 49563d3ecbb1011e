import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from '@/lib/sla/iso';

const iso = (text: string) => {
  const ms = parseIsoInstant(text);
  return ms === null ? null : new Date(ms).toISOString();
};

describe('parseIsoInstant', () => {
  it('reads offsets, Z, fractions and date-only forms', () => {
    expect(iso('2026-11-23T08:00:00+08:00')).toBe('2026-11-23T00:00:00.000Z');
    expect(iso('2026-11-23T08:00:00+0800')).toBe('2026-11-23T00:00:00.000Z');
    expect(iso('2026-11-23T06:03:00.5Z')).toBe('2026-11-23T06:03:00.500Z');
    expect(iso('2026-11-23T06:03Z')).toBe('2026-11-23T06:03:00.000Z');
    expect(iso('2026-11-22T23:30:00-05:00')).toBe('2026-11-23T04:30:00.000Z');
    expect(iso('2026-11-23T06:03:00')).toBe('2026-11-23T06:03:00.000Z');
    expect(iso('2026-11-23')).toBe('2026-11-23T00:00:00.000Z');
    expect(iso('2026-11-23T24:00:00Z')).toBe('2026-11-24T00:00:00.000Z');
  });

  it('rejects impossible or non-ISO text', () => {
    for (const bad of [
      '2026-02-30T00:00:00Z',
      '2026-13-01',
      '2026-11-23T25:00Z',
      'yesterday',
      '11/23/2026',
      '',
    ]) {
      expect(parseIsoInstant(bad)).toBeNull();
    }
  });
});
