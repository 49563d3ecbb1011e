/** The demo's command line (`npm run demo -- [--headless] [--no-build] [--port N]`), read without side effects. */
import { createServer } from 'node:net';
import { SetupError } from './browsers';

export interface DemoOptions {
  headless: boolean;
  build: boolean;
  /** The fixture server's port; 0 picks a free one. */
  port: number;
  /** One line to print first, when the demo chose something the user did not ask for. */
  note?: string;
}

export function hasDisplay(env: Record<string, string | undefined>): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function demoOptions(argv: readonly string[], env: Record<string, string | undefined>): DemoOptions {
  const at = argv.indexOf('--port');
  const portArg = at >= 0 ? argv[at + 1] : '0';
  const port = Number(portArg);
  if (!/^\d+$/.test(portArg ?? '') || port > 65_535) {
    throw new SetupError(`--port needs a port number (0-65535), got ${portArg ?? 'nothing'}.`);
  }
  const options: DemoOptions = {
    headless: argv.includes('--headless'),
    build: !argv.includes('--no-build'),
    port,
  };
  if (!options.headless && !hasDisplay(env)) {
    options.headless = true;
    options.note =
      'No display (DISPLAY is not set): running headless and writing screenshots to .demo/ instead.';
  }
  return options;
}

/** Resolves when `port` can be listened on at 127.0.0.1; throws a one-line SetupError when it is taken. */
export function checkPortFree(port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new SetupError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use (another demo still running?): pass another --port, or none to pick a free one.`
            : `Cannot listen on 127.0.0.1:${port} (${error.code ?? error.message}): pass another --port.`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** True for Chromium's complaint when a headed window cannot reach the display. */
export function isDisplayError(error: unknown): boolean {
  return /Missing X server|XServer|\$DISPLAY|cannot open display|Wayland/i.test(String(error));
}
