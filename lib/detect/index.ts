/**
 * The detection engine's public face. `createLinter` compiles packs once; `lint` runs synchronously.
 * The content script, the lint-text command, eval and bench all use this one engine.
 */
export type { Category, Finding, Severity } from './types';
export { CATEGORIES, SEVERITIES } from './types';
