/** What an e2e test and a hook may take on a quiet machine; scale-timeouts.ts stretches both by TIME_SCALE. */
export const TEST_TIMEOUT = 60_000;
export const HOOK_TIMEOUT = 90_000;
