import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseSlaArgs, runSla, UsageError } from '@/lib/cli/sla';

function sla(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sla.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('sla command (spawned)', () => {
  it('prints exactly one JSON object per contract 5', () => {
    const run = sla(
      '--platform',
      'pinduoduo',
      '--received',
      '2026-11-23T08:00:00+08:00',
      '--now',
      '2026-11-23T08:02:30+08:00',
    );
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual({
      deadline: '2026-11-23T00:03:00.000Z',
      remainingSeconds: 30,
      state: 'due-soon',
    });
  });

  it('prints exempt with nulls outside counted hours', () => {
    const run = sla(
      '--platform=pinduoduo',
      '--received=2026-11-23T07:59:59+08:00',
      '--now=2026-11-23T08:00:00+08:00',
    );
    expect(JSON.parse(run.stdout)).toEqual({ deadline: null, remainingSeconds: null, state: 'exempt' });
  });

  it('exits 2 with a message on bad arguments', () => {
    for (const args of [
      ['--platform', 'nowhere', '--received', '2026-11-23T08:00:00Z'],
      ['--platform', 'walmart', '--received', 'yesterday'],
      ['--platform', 'walmart'],
      ['--platform', 'walmart', '--received', '2026-11-23T08:00:00Z', '--now', '2026-02-30T00:00:00Z'],
      ['--platform', 'walmart', '--received', '2026-11-23T08:00:00Z', '--bogus'],
    ]) {
      const run = sla(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/sla: /);
    }
  });
});

describe('parseSlaArgs / runSla', () => {
  it('defaults --now to the given clock', () => {
    const args = parseSlaArgs(
      ['--platform', 'walmart', '--received', '2026-11-20T23:30:00-05:00'],
      Date.parse('2026-11-23T04:30:01Z'),
    );
    expect(runSla(args)).toEqual({
      deadline: '2026-11-23T04:30:00.000Z',
      remainingSeconds: -1,
      state: 'overdue',
    });
  });

  it('rejects generic (no reply policy) and repeated flags', () => {
    expect(() => runSla(parseSlaArgs(['--platform', 'generic', '--received', '2026-11-23'], 0))).toThrow(
      UsageError,
    );
    expect(() =>
      parseSlaArgs(['--platform', 'ebay', '--platform', 'ebay', '--received', '2026-11-23'], 0),
    ).toThrow(UsageError);
  });
});
