import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (2-core machines), generous timeouts, no retries hiding flakiness.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/support/e2e-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
