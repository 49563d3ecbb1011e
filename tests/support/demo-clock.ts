/**
 * The headless demo's controlled clock: the browser runs at a fixed moment (a Tuesday afternoon in
 * Beijing), so every badge state and two weeks of history show whatever the real time. libfaketime
 * (Debian's `libfaketime`, preloaded into the browser) shifts the clock of every browser process by one
 * offset; nothing in the extension knows. Without it (and not root to install it), the real clock is used.
 */
import { existsSync, readdirSync } from 'node:fs';
import { machine, type SetupDeps } from './browsers';

/** 14:30 in Beijing on Tuesday 24 November 2026: inside Pinduoduo's counted hours, a working day. */
export const DEMO_NOW = Date.parse('2026-11-24T14:30:00+08:00');
const PACKAGE = 'libfaketime';

export interface DemoClock {
  /** Environment for the browser process. */
  env: Record<string, string>;
  /** The browser's current time (epoch ms). */
  now(): number;
  /** One line to print when the clock could not be controlled. */
  note?: string;
}

/** Where Debian puts the library (one directory per architecture). */
export function findFaketime(
  exists: (path: string) => boolean = existsSync,
  list = (dir: string) => readdirSync(dir),
): string | undefined {
  const lib = '/usr/lib';
  const dirs = exists(lib) ? list(lib).map((name) => `${lib}/${name}/faketime/libfaketime.so.1`) : [];
  return [...dirs, `${lib}/faketime/libfaketime.so.1`].find((path) => exists(path));
}

/** libfaketime's relative offset: `+N` or `-N` seconds. */
export function faketimeOffset(target: number, now: number): { seconds: number; spec: string } {
  const seconds = Math.round((target - now) / 1000);
  return { seconds, spec: `${seconds < 0 ? '-' : '+'}${Math.abs(seconds)}` };
}

/** The clock at DEMO_NOW when libfaketime is there (installed as root when missing), else the real one. */
export function demoClock(
  deps: SetupDeps = machine(),
  find: () => string | undefined = findFaketime,
): DemoClock {
  let library = find();
  let failed = '';
  if (!library && deps.root && deps.aptGet) {
    deps.say(`Installing ${PACKAGE} with apt-get (the demo runs the browser at a fixed time)…`);
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', PACKAGE],
    ]) {
      const { status, output } = deps.run('apt-get', args);
      if (status !== 0) {
        failed = ` apt-get ${args[0]} failed: ${output.trim().split('\n').at(-1) ?? ''}.`;
        break;
      }
    }
    library = find();
  }
  if (!library) {
    return {
      env: {},
      now: () => Date.now(),
      note: `No ${PACKAGE}: screenshots follow the real clock, so some badge states may not show (run "sudo apt-get install -y ${PACKAGE}").${failed}`,
    };
  }
  const { seconds, spec } = faketimeOffset(DEMO_NOW, Date.now());
  return { env: { LD_PRELOAD: library, FAKETIME: spec }, now: () => Date.now() + seconds * 1000 };
}
