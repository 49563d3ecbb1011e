/**
 * The detection engine's public face. `createLinter` compiles packs once; `lint` runs synchronously.
 * The content script, the lint-text command, eval and bench all use this one engine.
 *
 * Pipeline per lint: normalise (per code point, offset map) → one automaton pass over the skeleton
 * (terms, exceptions, allow words, im aliases) → detectors switched on by rules (phone, email, url, im,
 * language) → RE2 patterns on the base view → exceptions/allow cancel findings inside them → findings with
 * UTF-16 offsets into the original text, sorted by start.
 */

export { maskPhone } from '@/lib/detect/contact/phone';
export type { CompiledLinter, LinterExtras } from './lint';
export { createLinter } from './lint';
export type { Normalised, View } from './normalise';
export { normalise, Scratch, skeletonOf } from './normalise';
export type { Category, Finding, Linter, LintOptions, Severity } from './types';
export { CATEGORIES, SEVERITIES } from './types';
