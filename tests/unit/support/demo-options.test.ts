// The demo's options: a missing display falls back to headless with one line; a taken port is one line.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SetupError } from '@/tests/support/browsers';
import { checkPortFree, demoOptions, isDisplayError } from '@/tests/support/demo-options';

describe('demoOptions', () => {
  it('opens a window when there is a display', () => {
    expect(demoOptions([], { DISPLAY: ':0' })).toEqual({ headless: false, build: true, port: 0 });
    expect(demoOptions([], { WAYLAND_DISPLAY: 'wayland-0' }).headless).toBe(false);
  });

  it('falls back to headless without a display, and says so in one line', () => {
    const options = demoOptions([], {});
    expect(options.headless).toBe(true);
    expect(options.note).toMatch(/^No display \(DISPLAY is not set\): running headless/);
    expect(options.note).not.toContain('\n');
  });

  it('says nothing when headless was asked for', () => {
    expect(demoOptions(['--headless'], {})).toEqual({ headless: true, build: true, port: 0 });
  });

  it('reads --no-build and --port', () => {
    expect(demoOptions(['--no-build', '--port', '8787'], { DISPLAY: ':0' })).toEqual({
      headless: false,
      build: false,
      port: 8787,
    });
  });

  it('rejects a port that is not a number', () => {
    expect(() => demoOptions(['--port', 'x'], {})).toThrow(SetupError);
    expect(() => demoOptions(['--port'], {})).toThrow('--port needs a port number (0-65535), got nothing.');
    expect(() => demoOptions(['--port', '70000'], {})).toThrow(SetupError);
  });
});

describe('checkPortFree', () => {
  it('passes a free port and 0', async () => {
    await expect(checkPortFree(0)).resolves.toBeUndefined();
  });

  it('turns a busy port into one line', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      await expect(checkPortFree(port)).rejects.toThrow(
        `Port ${port} is already in use (another demo still running?): pass another --port, or none to pick a free one.`,
      );
    } finally {
      busy.close();
    }
  });
});

describe('isDisplayError', () => {
  it("recognises Chromium's and Playwright's no-display errors", () => {
    expect(
      isDisplayError(new Error('Looks like you launched a headed browser without having a XServer running.')),
    ).toBe(true);
    expect(isDisplayError('Missing X server or $DISPLAY')).toBe(true);
    expect(isDisplayError(new Error('net::ERR_CONNECTION_REFUSED'))).toBe(false);
  });
});
