/**
 * Set up before each e2e file is collected (each test takes its timeout then): every wait stretches by
 * the machine's measured slowness, and so does what a test or a hook may take in all, so that a wait
 * which runs out fails with its own message rather than with the test's timeout.
 */
import { vi } from 'vitest';
import { TIME_SCALE } from './harness';
import { HOOK_TIMEOUT, TEST_TIMEOUT } from './timeouts';

vi.setConfig({ testTimeout: TEST_TIMEOUT * TIME_SCALE, hookTimeout: HOOK_TIMEOUT * TIME_SCALE });
