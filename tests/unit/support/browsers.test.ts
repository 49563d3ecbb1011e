// The browser finder and installer, on simulated machines (the real browsers here are never touched).
import { describe, expect, it } from 'vitest';
import {
  type BrowserName,
  browserPath,
  ensureBrowsers,
  findBrowser,
  type Lookup,
  planSetup,
  type SetupDeps,
  SetupError,
} from '@/tests/support/browsers';

function lookup(executables: string[], env: Record<string, string> = {}): Lookup {
  const files = new Set(executables);
  return { env: { PATH: '/usr/local/bin:/usr/bin', ...env }, isExecutable: (path) => files.has(path) };
}

describe('findBrowser', () => {
  it('takes the environment override first', () => {
    const machine = lookup(['/opt/chromium/chrome', '/usr/bin/chromium'], {
      CHROMIUM_PATH: '/opt/chromium/chrome',
    });
    expect(findBrowser('chromium', machine)).toEqual({ path: '/opt/chromium/chrome', via: 'env' });
  });

  it('rejects an override that points at nothing instead of silently using another browser', () => {
    const machine = lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nowhere/chrome' });
    expect(() => findBrowser('chromium', machine)).toThrow(SetupError);
    expect(() => findBrowser('chromium', machine)).toThrow(
      'CHROMIUM_PATH=/nowhere/chrome is not an executable',
    );
  });

  it('ignores an empty override', () => {
    expect(findBrowser('firefox', lookup(['/usr/bin/firefox-esr'], { FIREFOX_PATH: '' }))?.via).toBe('PATH');
  });

  it('then looks on PATH, commands in order, each through the directories', () => {
    expect(findBrowser('chromium', lookup(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toEqual({
      path: '/usr/bin/chromium-browser',
      via: 'PATH',
    });
    expect(findBrowser('chromium', lookup(['/usr/bin/chromium', '/usr/local/bin/chromium']))?.path).toBe(
      '/usr/local/bin/chromium',
    );
    expect(findBrowser('firefox', lookup(['/usr/bin/firefox', '/usr/bin/firefox-esr']))?.path).toBe(
      '/usr/bin/firefox-esr',
    );
    expect(findBrowser('firefox', lookup(['/usr/bin/firefox']))?.path).toBe('/usr/bin/firefox');
  });

  it("then Debian's paths, for a PATH without /usr/bin", () => {
    const machine = lookup(['/usr/bin/chromium', '/usr/lib/firefox-esr/firefox-esr'], { PATH: '/bin' });
    expect(findBrowser('chromium', machine)).toEqual({ path: '/usr/bin/chromium', via: 'debian' });
    expect(findBrowser('firefox', machine)).toEqual({
      path: '/usr/lib/firefox-esr/firefox-esr',
      via: 'debian',
    });
  });

  it('returns undefined when the browser is nowhere', () => {
    expect(findBrowser('chromium', lookup(['/usr/bin/firefox-esr']))).toBeUndefined();
  });

  it('browserPath names the command to run when the browser is missing', () => {
    expect(() => browserPath('firefox', lookup([]))).toThrow(/Firefox ESR not found: run "npm run browsers"/);
  });
});

describe('planSetup', () => {
  const state = { missing: [] as BrowserName[], cjkFont: true, root: false, aptGet: true };

  it('does nothing when everything is there', () => {
    expect(planSetup(state)).toEqual({ action: 'none' });
  });

  it('installs the missing browsers and the CJK font with apt-get as root', () => {
    expect(planSetup({ ...state, root: true, missing: ['chromium', 'firefox'], cjkFont: false })).toEqual({
      action: 'install',
      packages: ['chromium', 'firefox-esr', 'fonts-noto-cjk'],
    });
    expect(planSetup({ ...state, root: true, missing: ['firefox'] })).toEqual({
      action: 'install',
      packages: ['firefox-esr'],
    });
  });

  it('as root installs a missing CJK font alone', () => {
    expect(planSetup({ ...state, root: true, cjkFont: false })).toEqual({
      action: 'install',
      packages: ['fonts-noto-cjk'],
    });
  });

  it('as another user names the one command to run', () => {
    const plan = planSetup({ ...state, missing: ['chromium'], cjkFont: false });
    expect(plan).toEqual({
      action: 'fail',
      message:
        'Chromium not installed: run "sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk" (or set CHROMIUM_PATH).',
    });
  });

  it('as another user only mentions a missing font and carries on', () => {
    const plan = planSetup({ ...state, cjkFont: false });
    expect(plan.action).toBe('none');
    expect(plan.action === 'none' && plan.notice).toContain('sudo apt-get install -y fonts-noto-cjk');
  });

  it('without apt-get asks for the override', () => {
    const plan = planSetup({ ...state, root: true, aptGet: false, missing: ['chromium', 'firefox'] });
    expect(plan).toMatchObject({ action: 'fail' });
    expect(plan.action === 'fail' && plan.message).toContain('set CHROMIUM_PATH / FIREFOX_PATH');
  });

  it('every message is one line', () => {
    for (const root of [true, false])
      for (const aptGet of [true, false])
        for (const cjkFont of [true, false]) {
          const plan = planSetup({ missing: ['chromium', 'firefox'], cjkFont, root, aptGet });
          const text =
            plan.action === 'fail' ? plan.message : plan.action === 'none' ? (plan.notice ?? '') : '';
          expect(text).not.toContain('\n');
        }
  });
});

/** A simulated machine: `installs` maps an apt package to the executable it puts in place. */
function fakeMachine(options: {
  executables?: string[];
  root?: boolean;
  cjkFont?: boolean;
  aptFails?: string;
  installs?: Record<string, string>;
}): SetupDeps & { said: string[]; ran: string[] } {
  const files = new Set(options.executables ?? []);
  let font = options.cjkFont ?? true;
  const said: string[] = [];
  const ran: string[] = [];
  return {
    env: { PATH: '/usr/bin' },
    isExecutable: (path) => files.has(path),
    root: options.root ?? true,
    aptGet: true,
    cjkFont: () => font,
    run(command, args) {
      ran.push([command, ...args].join(' '));
      if (options.aptFails && args[0] === 'install')
        return { status: 100, output: `Reading…\n${options.aptFails}\n` };
      if (args[0] === 'install') {
        for (const pkg of args.filter((a) => !a.startsWith('-')).slice(1)) {
          if (pkg === 'fonts-noto-cjk') font = true;
          const binary = options.installs?.[pkg];
          if (binary) files.add(binary);
        }
      }
      return { status: 0, output: '' };
    },
    say: (line) => said.push(line),
    said,
    ran,
  };
}

describe('ensureBrowsers', () => {
  it('returns the paths without installing anything when the browsers are there', () => {
    const machine = fakeMachine({ executables: ['/usr/bin/chromium', '/usr/bin/firefox-esr'] });
    expect(ensureBrowsers(['chromium', 'firefox'], machine)).toEqual({
      chromium: '/usr/bin/chromium',
      firefox: '/usr/bin/firefox-esr',
    });
    expect(machine.ran).toEqual([]);
    expect(machine.said).toEqual([]);
  });

  it('as root installs what is missing from Debian, then finds it', () => {
    const machine = fakeMachine({
      executables: ['/usr/bin/chromium'],
      cjkFont: false,
      installs: { 'firefox-esr': '/usr/bin/firefox-esr' },
    });
    expect(ensureBrowsers(['chromium', 'firefox'], machine)).toEqual({
      chromium: '/usr/bin/chromium',
      firefox: '/usr/bin/firefox-esr',
    });
    expect(machine.ran).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends firefox-esr fonts-noto-cjk',
    ]);
    expect(machine.said).toEqual([
      'Installing firefox-esr, fonts-noto-cjk with apt-get (missing on this machine)…',
    ]);
  });

  it('asks only for the browsers it needs', () => {
    const machine = fakeMachine({ executables: ['/usr/bin/chromium'] });
    expect(ensureBrowsers(['chromium'], machine)).toEqual({ chromium: '/usr/bin/chromium' });
    expect(machine.ran).toEqual([]);
  });

  it('as another user throws the one line to show and runs nothing', () => {
    const machine = fakeMachine({ root: false, executables: ['/usr/bin/chromium'] });
    expect(() => ensureBrowsers(['chromium', 'firefox'], machine)).toThrow(
      'Firefox ESR not installed: run "sudo apt-get update && sudo apt-get install -y firefox-esr" (or set FIREFOX_PATH).',
    );
    expect(machine.ran).toEqual([]);
  });

  it("reports apt-get's own last line when the install fails", () => {
    const machine = fakeMachine({ aptFails: 'E: Unable to locate package chromium' });
    expect(() => ensureBrowsers(['chromium'], machine)).toThrow(
      'apt-get install -y -qq --no-install-recommends chromium failed (exit 100): E: Unable to locate package chromium',
    );
  });

  it('says so when the package installed but the browser is still not found', () => {
    const machine = fakeMachine({ installs: {} });
    expect(() => ensureBrowsers(['chromium'], machine)).toThrow(
      'apt-get installed chromium but Chromium is still not found: set CHROMIUM_PATH.',
    );
  });
});
