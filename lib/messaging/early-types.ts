/**
 * Message types the content loader answers itself until the features that own them have loaded
 * (lib/content/early-messages.ts): plain strings, so the loader needs no zod.
 */
/** Background → content: the browser's template shortcut (`OpenTemplatePicker`). */
export const OPEN_PICKER_TYPE = 'templates.openPicker';
/** Popup → content: what ReplyGuard sees on this page (`TabStatus`). */
export const TAB_STATUS_TYPE = 'popup.tabStatus';
