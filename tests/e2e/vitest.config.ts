import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { HOOK_TIMEOUT, TEST_TIMEOUT } from './timeouts.ts';

// Real browsers: one file at a time (2-core machines), generous timeouts, no retries hiding flakiness.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/support/e2e-setup.ts'],
    setupFiles: ['tests/e2e/scale-timeouts.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: TEST_TIMEOUT,
    hookTimeout: HOOK_TIMEOUT,
    env: { TZ: 'Asia/Shanghai' },
  },
});
