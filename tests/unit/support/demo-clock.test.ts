import { describe, expect, it } from 'vitest';
import type { SetupDeps } from '@/tests/support/browsers';
import { DEMO_NOW, demoClock, faketimeOffset, findFaketime } from '@/tests/support/demo-clock';

function machineWithout(root: boolean, runs: string[][]): SetupDeps {
  return {
    env: {},
    isExecutable: () => false,
    root,
    aptGet: true,
    cjkFont: () => true,
    run: (_command, args) => {
      runs.push(args);
      return { status: 0, output: '' };
    },
    say: () => {},
  };
}

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

  it('without libfaketime and not root, says in one line what to install and uses the real clock', () => {
    const runs: string[][] = [];
    const clock = demoClock(machineWithout(false, runs), () => undefined);
    expect(clock.env).toEqual({});
    expect(clock.note).toBe(
      'No libfaketime: screenshots follow the real clock, so some badge states may not show (run "sudo apt-get install -y libfaketime").',
    );
    expect(runs).toEqual([]);
  });

  it('as root, installs libfaketime from Debian and preloads it', () => {
    const runs: string[][] = [];
    const library = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
    const clock = demoClock(machineWithout(true, runs), () =>
      runs.some((args) => args[0] === 'install') ? library : undefined,
    );
    expect(runs.map((args) => args[0])).toEqual(['update', 'install']);
    expect(clock.env.LD_PRELOAD).toBe(library);
    expect(clock.note).toBeUndefined();
  });
});
