import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    env: { TZ: 'UTC' },
    // Some tests spawn the CLI commands; on a busy 2-core machine that takes seconds, not a speed target.
    testTimeout: 30_000,
  },
});
