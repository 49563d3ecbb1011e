/**
 * Finds the browsers that the demo, the e2e tests and the bench drive, and installs missing ones from
 * Debian when running as root. Lookup order: the environment override (CHROMIUM_PATH / FIREFOX_PATH),
 * then PATH, then Debian's own paths. Browsers always come from apt-get, never from a test tool's download.
 *
 * Finding and planning are pure (they take a `Lookup`), so tests simulate a machine without browsers;
 * `ensureBrowsers` runs the plan; `ensureBrowsersOrExit` turns a failure into one line and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

interface BrowserSpec {
  label: string;
  /** Environment variable that overrides the lookup. */
  env: string;
  /** Commands looked up on PATH, in order. */
  commands: string[];
  /** Where Debian's package puts the browser, for a PATH that lacks /usr/bin. */
  debianPaths: string[];
  /** The Debian package that provides it. */
  apt: string;
}

export const BROWSER_SPECS: Record<BrowserName, BrowserSpec> = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    commands: ['chromium', 'chromium-browser', 'google-chrome'],
    debianPaths: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'],
    apt: 'chromium',
  },
  firefox: {
    label: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    commands: ['firefox-esr', 'firefox'],
    debianPaths: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'],
    apt: 'firefox-esr',
  },
};

/** Chinese replies need a CJK font, or marks sit over boxes instead of glyphs. */
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/** A problem the user can fix; shown as one line, without a stack trace. */
export class SetupError extends Error {
  override name = 'SetupError';
}

/** What the finder may look at (the real machine, or a fake in tests). */
export interface Lookup {
  env: Record<string, string | undefined>;
  isExecutable(path: string): boolean;
}

export type Found = { path: string; via: 'env' | 'PATH' | 'debian' };

/** The first executable on PATH among `commands` (commands in order, each through PATH's directories). */
export function onPath(commands: readonly string[], lookup: Lookup): string | undefined {
  const dirs = (lookup.env.PATH ?? '').split(':').filter(Boolean);
  for (const command of commands) {
    for (const dir of dirs) {
      const path = join(dir, command);
      if (lookup.isExecutable(path)) return path;
    }
  }
  return undefined;
}

/**
 * Where `name` is, or undefined when it is not on this machine. An override that points at nothing is
 * an error rather than a silent fall-through: the user asked for that binary.
 */
export function findBrowser(name: BrowserName, lookup: Lookup): Found | undefined {
  const spec = BROWSER_SPECS[name];
  const override = lookup.env[spec.env];
  if (override) {
    if (lookup.isExecutable(override)) return { path: override, via: 'env' };
    throw new SetupError(`${spec.env}=${override} is not an executable file: fix it or unset it.`);
  }
  const path = onPath(spec.commands, lookup);
  if (path) return { path, via: 'PATH' };
  const debian = spec.debianPaths.find((p) => lookup.isExecutable(p));
  return debian ? { path: debian, via: 'debian' } : undefined;
}

export interface MachineState {
  missing: BrowserName[];
  cjkFont: boolean;
  root: boolean;
  aptGet: boolean;
}

export type SetupPlan =
  | { action: 'none'; notice?: string }
  | { action: 'install'; packages: string[] }
  | { action: 'fail'; message: string };

function names(missing: readonly BrowserName[]): string {
  return missing.map((name) => BROWSER_SPECS[name].label).join(' and ');
}

/** What to do about what is missing: nothing, an apt-get install (as root), or one line telling the user. */
export function planSetup(state: MachineState): SetupPlan {
  const packages = [
    ...state.missing.map((name) => BROWSER_SPECS[name].apt),
    ...(state.cjkFont ? [] : [CJK_FONT_PACKAGE]),
  ];
  if (packages.length === 0) return { action: 'none' };
  if (state.root && state.aptGet) return { action: 'install', packages };
  const overrides = state.missing.map((name) => BROWSER_SPECS[name].env).join(' / ');
  if (state.missing.length === 0) {
    // A missing font does not stop anything; Chinese text just renders as boxes.
    return {
      action: 'none',
      notice: `No CJK font on this machine (Chinese text shows as boxes): run "sudo apt-get install -y ${CJK_FONT_PACKAGE}".`,
    };
  }
  if (!state.aptGet) {
    return {
      action: 'fail',
      message: `${names(state.missing)} not found and this is not a Debian machine (no apt-get): install it and set ${overrides} to its binary.`,
    };
  }
  return {
    action: 'fail',
    message: `${names(state.missing)} not installed: run "sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}" (or set ${overrides}).`,
  };
}

/** The machine itself, plus a runner and a printer; tests replace any of it. */
export interface SetupDeps extends Lookup {
  root: boolean;
  aptGet: boolean;
  cjkFont(): boolean;
  run(command: string, args: string[]): { status: number; output: string };
  say(line: string): void;
}

/**
 * Finds `wanted`, installing what is missing when the plan allows it. Returns each browser's path, or
 * throws a `SetupError` whose message is the one line to show.
 */
export function ensureBrowsers(
  wanted: readonly BrowserName[],
  deps: SetupDeps = machine(),
): Partial<Record<BrowserName, string>> {
  const find = () => Object.fromEntries(wanted.map((name) => [name, findBrowser(name, deps)?.path]));
  let paths = find();
  const missing = wanted.filter((name) => !paths[name]);
  const plan = planSetup({ missing, cjkFont: deps.cjkFont(), root: deps.root, aptGet: deps.aptGet });
  if (plan.action === 'fail') throw new SetupError(plan.message);
  if (plan.action === 'none' && plan.notice) deps.say(plan.notice);
  if (plan.action === 'install') {
    deps.say(`Installing ${plan.packages.join(', ')} with apt-get (missing on this machine)…`);
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', ...plan.packages],
    ]) {
      const { status, output } = deps.run('apt-get', args);
      if (status !== 0) {
        const last = output.trim().split('\n').at(-1) ?? '';
        throw new SetupError(`apt-get ${args.join(' ')} failed (exit ${status}): ${last}`);
      }
    }
    paths = find();
    const still = wanted.filter((name) => !paths[name]);
    if (still.length > 0) {
      throw new SetupError(
        `apt-get installed ${still.map((n) => BROWSER_SPECS[n].apt).join(' ')} but ${names(still)} is still not found: set ${still.map((n) => BROWSER_SPECS[n].env).join(' / ')}.`,
      );
    }
  }
  return paths as Partial<Record<BrowserName, string>>;
}

/** Like `ensureBrowsers`, but a `SetupError` becomes its one line on stderr and exit code 1. */
export function ensureBrowsersOrExit(wanted: readonly BrowserName[]): Partial<Record<BrowserName, string>> {
  try {
    return ensureBrowsers(wanted);
  } catch (error) {
    exitOnSetupError(error);
  }
}

/** Prints a `SetupError` as one line and exits 1; rethrows anything else (a real bug keeps its stack). */
export function exitOnSetupError(error: unknown): never {
  if (!(error instanceof SetupError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** The path of an installed browser (no installing): for code that runs after `ensureBrowsers`. */
export function browserPath(name: BrowserName, lookup: Lookup = machine()): string {
  const found = findBrowser(name, lookup);
  if (found) return found.path;
  const spec = BROWSER_SPECS[name];
  throw new SetupError(`${spec.label} not found: run "npm run browsers" to install it, or set ${spec.env}.`);
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** This machine. */
export function machine(): SetupDeps {
  const lookup: Lookup = { env: process.env, isExecutable };
  return {
    ...lookup,
    root: process.getuid?.() === 0,
    aptGet: onPath(['apt-get'], lookup) !== undefined || isExecutable('/usr/bin/apt-get'),
    cjkFont() {
      const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
      return fonts.status === 0 && fonts.stdout.trim() !== '';
    },
    run(command, args) {
      const result = spawnSync(command, args, {
        encoding: 'utf8',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
      return { status: result.status ?? 1, output };
    },
    say: (line) => console.error(line),
  };
}
