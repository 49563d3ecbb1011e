import { caretRange, placeCaret, replaceRange } from '@/lib/editor/insert';
import type { Editor } from '@/lib/editor/types';
import { sendMessage } from '@/lib/messaging/define';
import { ListTemplates, RecordTemplateUse } from '@/lib/messaging/templates';
import type { PlatformId } from '@/lib/platforms';
import { readPageContext } from '@/lib/portals/page-context';
import type { Selectors } from '@/lib/portals/selectors';
import type { Settings } from '@/lib/settings/schema';
import type { PinyinKeys } from '@/lib/templates/pinyin-keys';
import type { Template } from '@/lib/templates/schema';

export type Library = { templates: Template[]; pinyin: Record<string, PinyinKeys> };

/** The templates in scope, from the background; the last list known when it cannot answer. */
export function templateLibrary(platform: PlatformId) {
  let known: Library = { templates: [], pinyin: {} };
  return {
    known: () => known,
    refresh: () =>
      sendMessage(ListTemplates, { platform, limit: 1000 })
        .then((list) => (known = list))
        .catch(() => known),
  };
}

/** Changes when a template is added, removed or edited (the suggestion index is rebuilt only then). */
export const libraryVersion = (library: Library): string =>
  library.templates.map((t) => `${t.id}@${t.updatedAt}`).join('|');

/** The values templates fill in: the open conversation's (from the page) and the agent's own. */
export function templateValues(selectors: Selectors, settings: Settings): Record<string, string> {
  const values: Record<string, string> = { ...readPageContext(document, selectors) };
  if (settings.agentName) values.agent_name = settings.agentName;
  if (settings.shopName) values.shop_name = settings.shopName;
  return values;
}

export interface RenderedChoice {
  templateId: string;
  text: string;
  /** Offset in `text` where the caret goes. */
  cursor: number;
}

/**
 * Puts a rendered template in place of [start, end) through the editor's own input path (lib/editor/
 * insert.ts) and counts the use; true when it went in.
 */
export async function insertChoice(editor: Editor, start: number, end: number, choice: RenderedChoice) {
  const result = await replaceRange(editor, start, end, choice.text);
  if (!result.ok) return false;
  placeCaret(editor, start + choice.cursor);
  void sendMessage(RecordTemplateUse, { id: choice.templateId }).catch(() => undefined);
  return true;
}

/** True when the caret is collapsed at the end of the editor's text. */
export function caretAtEnd(editor: Editor, text: string): boolean {
  const caret = caretRange(editor);
  return caret.start === caret.end && caret.end >= text.replace(/\s+$/, '').length;
}

/** True while the editor has the focus (inside a shadow root or an iframe too). */
export function editorFocused(editor: Editor): boolean {
  const root = editor.el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !!active && (active === editor.el || editor.el.contains(active));
}
