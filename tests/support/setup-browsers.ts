/**
 * `npm run browsers [chromium] [firefox]`: finds the browsers (installing missing ones from Debian when
 * run as root) and prints where they are; otherwise prints the one command to run and exits 1.
 * Without arguments: the browsers the e2e suite runs in (both, or E2E_BROWSERS).
 */
import { BROWSERS } from '@/tests/e2e/harness';
import { BROWSER_SPECS, type BrowserName, ensureBrowsersOrExit } from './browsers';

const asked = process.argv.slice(2).filter((arg): arg is BrowserName => arg in BROWSER_SPECS);
const wanted = asked.length > 0 ? asked : BROWSERS;
const paths = ensureBrowsersOrExit(wanted);
for (const name of wanted) console.log(`${BROWSER_SPECS[name].label}: ${paths[name]}`);
