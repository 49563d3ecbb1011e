import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    env: { TZ: 'UTC' },
    // A hang guard, not a speed target: some tests spawn the CLI commands or lint thousands of replies, and a
    // loaded 2-core machine runs them several times slower (a 30 s limit failed a loaded run).
    testTimeout: 120_000,
  },
});
