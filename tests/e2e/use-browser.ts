import { afterAll, beforeAll } from 'vitest';
import { type BrowserName, type E2EBrowser, launch } from './harness';

/**
 * Launches `name` with the built extension for the enclosing describe block and closes it afterwards.
 * Returns a getter (the browser exists only once `beforeAll` has run).
 */
export function useBrowser(name: BrowserName): () => E2EBrowser {
  let browser: E2EBrowser | undefined;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error(`${name} did not start`);
    return browser;
  };
}
