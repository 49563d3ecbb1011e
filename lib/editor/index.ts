/** The editor layer's public API (see docs/editor.md). */
export { isGuardActive } from './active';
export { findBySelectors, isFocused } from './find-editor';
export { caretRange, type InsertResult, insertAtCaret, replaceRange } from './insert';
export { mapRichText, offsetAt, pointAt, readText } from './read-text';
export { rangeBoxes } from './rects';
export { editorFromFocusPath, resolveEditor } from './resolve';
export { type EditorSession, editorSession, type LintSnapshot } from './session';
export type { Box, Editor } from './types';
