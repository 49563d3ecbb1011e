/**
 * Global setup of the e2e suite: finds (or, as root, installs) the browsers the run needs before any test
 * file starts; a missing browser ends the run with one line rather than a stack trace per file.
 */
import { BROWSERS } from '@/tests/e2e/harness';
import { ensureBrowsersOrExit } from './browsers';

export default function setup(): void {
  ensureBrowsersOrExit(BROWSERS);
}
