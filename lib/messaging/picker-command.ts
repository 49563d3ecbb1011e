/** The message type of the browser's template shortcut, background → content (`OpenTemplatePicker`). */
export const OPEN_PICKER_TYPE = 'templates.openPicker';
