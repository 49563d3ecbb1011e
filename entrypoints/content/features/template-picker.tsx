import { browser } from 'wxt/browser';
import { type TemplateChoice, TemplatePicker } from '@/components/templates/TemplatePicker';
import { editorSession, guarded, handledByParent } from '@/lib/content/editor-session';
import type { ContentEnv, ContentFeature } from '@/lib/content/env';
import { findBySelectors } from '@/lib/editor/find-editor';
import { caretRange, replaceRange } from '@/lib/editor/insert';
import { mapRichText, pointAt } from '@/lib/editor/read-text';
import { type Editor, isTextControl } from '@/lib/editor/types';
import { matchesChord, parseChord } from '@/lib/keys/chord';
import { COMMANDS, OPEN_TEMPLATES } from '@/lib/keys/commands';
import { GetCommands, OpenTemplatePicker } from '@/lib/messaging/core';
import { EnvelopeSchema, sendMessage } from '@/lib/messaging/define';
import { ListTemplates, RecordTemplateUse } from '@/lib/messaging/templates';
import { readPageContext } from '@/lib/portals/page-context';
import { buyerLocale, platformTimeZone } from '@/lib/portals/registry';
import { abbreviationAt } from '@/lib/templates/abbreviation';
import type { PinyinKeys } from '@/lib/templates/pinyin-keys';
import type { Template } from '@/lib/templates/schema';

const SLOT = 'templates';
/** The manifest's suggested key, used when the browser reports none bound (headless, or not assigned). */
const DEFAULT_SHORTCUT = COMMANDS[OPEN_TEMPLATES].defaultKey;

function placeCaret(editor: Editor, offset: number): void {
  if (isTextControl(editor.el)) {
    editor.el.setSelectionRange(offset, offset);
    return;
  }
  const point = pointAt(mapRichText(editor.el), offset);
  const selection = (editor.el.ownerDocument.defaultView ?? window).getSelection();
  if (!selection) return;
  const range = editor.el.ownerDocument.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The template picker: the bound shortcut (listened for here too, since browser commands do not fire
 * from synthetic key events) or `;abbr` in the reply opens it; the chosen template, rendered with the
 * page's values, goes into the editor through its own input path. It never opens twice.
 */
export const templatePicker: ContentFeature = {
  id: 'template-picker',
  init(env: ContentEnv) {
    if (handledByParent()) return;
    const { signal, platform } = env;
    const session = editorSession(env);
    let chord = parseChord(DEFAULT_SHORTCUT);
    let isOpen = false;
    let openedAt = 0;
    let editorOpenedFrom: Editor | null = null;
    let known: { templates: Template[]; pinyin: Record<string, PinyinKeys> } = { templates: [], pinyin: {} };

    const refresh = () =>
      sendMessage(ListTemplates, { platform, limit: 1000 })
        .then((list) => {
          known = list;
          return list;
        })
        .catch(() => known);

    void sendMessage(GetCommands, {})
      .then((commands) => {
        const bound = commands.find((command) => command.name === OPEN_TEMPLATES)?.shortcut;
        if (bound !== undefined)
          chord = parseChord(bound) ?? (bound === '' ? parseChord(DEFAULT_SHORTCUT) : chord);
      })
      .catch(() => undefined);
    void refresh();

    const close = (editor: Editor | null) => {
      isOpen = false;
      env.layer.render(SLOT, null);
      try {
        editor?.el.focus({ preventScroll: true });
      } catch {
        // the editor went away with a route change
      }
    };

    const open = async (options: { query?: string; replaceBefore?: number } = {}) => {
      if (isOpen || signal.aborted || !session.state.get().active) return;
      isOpen = true;
      openedAt = Date.now();
      const editor =
        session.state.get().editor ?? findBySelectors(document, env.rules.get().selectors.editor ?? []);
      editorOpenedFrom = editor;
      const caret = editor ? caretRange(editor) : { start: 0, end: 0 };
      const { templates, pinyin } = await refresh();
      if (signal.aborted || !isOpen) return;
      const settings = env.settings.get();
      const values: Record<string, string> = { ...readPageContext(document, env.rules.get().selectors) };
      if (settings.agentName) values.agent_name = settings.agentName;
      if (settings.shopName) values.shop_name = settings.shopName;
      env.layer.render(
        SLOT,
        <TemplatePicker
          templates={templates}
          pinyin={pinyin}
          platform={platform}
          context={values}
          linter={env.rules.get().linter}
          locale={buyerLocale(platform)}
          timeZone={platformTimeZone(platform)}
          initialQuery={options.query ?? ''}
          onClose={() => close(editor)}
          onChoose={(choice: TemplateChoice) => {
            close(editor);
            if (!editor) return;
            const start = Math.max(0, caret.start - (options.replaceBefore ?? 0));
            void replaceRange(editor, start, caret.end, choice.text).then((result) => {
              if (!result.ok) return;
              placeCaret(editor, start + choice.cursor);
              session.lintNow(editor);
              void sendMessage(RecordTemplateUse, { id: choice.templateId }).catch(() => undefined);
            });
          }}
        />,
      );
    };

    const onKey = guarded((event: KeyboardEvent) => {
      // Esc closes the picker wherever the focus is (it may still be in the page's editor while the
      // picker mounts), and the page never sees it.
      if (isOpen && event.key === 'Escape' && !event.isComposing) {
        event.preventDefault();
        event.stopPropagation();
        close(editorOpenedFrom);
        return;
      }
      if (!chord || event.isComposing || !matchesChord(event, chord)) return;
      event.preventDefault();
      event.stopPropagation();
      void open();
    });
    const listenKeys = (win: Window) => win.addEventListener('keydown', onKey, { capture: true, signal });
    listenKeys(window);
    const framed = new WeakSet<Window>([window]);
    session.state.subscribe(() => {
      for (const win of session.windows()) {
        if (!framed.has(win)) {
          framed.add(win);
          listenKeys(win);
        }
      }
    }, signal);

    // The browser's own command (a real key press) arrives from the background too: open once.
    const onMessage = (message: unknown) => {
      const envelope = EnvelopeSchema.safeParse(message);
      if (!envelope.success || envelope.data.type !== OpenTemplatePicker.type) return undefined;
      if (Date.now() - openedAt > 500) void open();
      return Promise.resolve({ ok: true, value: true });
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {
      once: true,
    });

    // `;abbr` typed at the caret offers that template.
    session.state.subscribe(
      guarded((snapshot) => {
        if (isOpen || !snapshot.editor || !snapshot.active || session.composing()) return;
        const caret = caretRange(snapshot.editor);
        if (caret.start !== caret.end) return;
        const typed = abbreviationAt(known.templates, snapshot.text, caret.start, platform);
        if (!typed) return;
        const query = `;${snapshot.text.slice(typed.start + 1, typed.end)}`;
        void open({ query, replaceBefore: typed.end - typed.start });
      }),
      signal,
    );
  },
};
