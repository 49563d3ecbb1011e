import { TemplatePicker } from '@/components/templates/TemplatePicker';
import { requiredLanguage } from '@/lib/buyer/required';
import { currentBuyer, replyLanguage } from '@/lib/content/buyer';
import { eachEditorWindow } from '@/lib/content/editor-scope';
import type { LintSnapshot } from '@/lib/content/editor-session';
import { defineFeature } from '@/lib/content/feature';
import { guarded, trusted } from '@/lib/content/handlers';
import { pickerStatus } from '@/lib/content/page-status';
import { boundChord } from '@/lib/content/shortcut';
import { insertChoice, templateLibrary, templateValues } from '@/lib/content/template-library';
import { layerSlot } from '@/lib/content/ui-layer';
import { findBySelectors } from '@/lib/editor/find-editor';
import { caretRange } from '@/lib/editor/insert';
import type { Editor } from '@/lib/editor/types';
import { matchesChord } from '@/lib/keys/chord';
import { OPEN_TEMPLATES } from '@/lib/keys/commands';
import { OpenTemplatePicker } from '@/lib/messaging/core';
import { MessageRouter } from '@/lib/messaging/define';
import type { PlatformId } from '@/lib/platforms';
import { platformTimeZone } from '@/lib/portals/registry';
import { abbreviationAt } from '@/lib/templates/abbreviation';
import type { Template } from '@/lib/templates/schema';

/** Gives the focus back to the editor the picker was opened from. */
function refocus(editor: Editor | null): void {
  try {
    editor?.el.focus({ preventScroll: true });
  } catch {
    // the editor went away with a route change
  }
}

/** The picker's query and the text to replace when `;abbr` of a known template ends at the caret. */
function typedAbbreviation(
  editor: Editor,
  text: string,
  templates: Template[],
  platform: PlatformId,
  byAgent: (text: string, caret: number) => boolean,
) {
  const caret = caretRange(editor);
  if (caret.start !== caret.end || !byAgent(text, caret.start)) return undefined;
  const typed = abbreviationAt(templates, text, caret.start, platform);
  if (!typed) return undefined;
  return { query: `;${text.slice(typed.start + 1, typed.end)}`, replaceBefore: typed.end - typed.start };
}

/**
 * How recent the agent's key must be. The session publishes after its first lint, which on a fresh page
 * (the engine compiling its packs on a busy machine) can take over a second.
 */
const TYPED_WITHIN_MS = 5000;

/**
 * Tells the agent's typing from text a page puts in (by script, dispatched events or execCommand, whose
 * input events are trusted too): the character before the caret is the key the agent just pressed.
 */
function agentKeys() {
  let last = { key: '', at: Number.NEGATIVE_INFINITY };
  return {
    saw({ key, at = performance.now() }: { key: string; at?: number }) {
      last = { key, at };
    },
    typed(text: string, caret: number) {
      return (
        performance.now() - last.at < TYPED_WITHIN_MS && last.key.length === 1 && text[caret - 1] === last.key
      );
    },
  };
}

/**
 * The template picker: the bound shortcut (listened for here too, since browser commands do not fire
 * from synthetic key events) or `;abbr` in the reply opens it; the chosen template, rendered with the
 * page's values, goes into the editor through its own input path. It never opens twice.
 */
export const templatePicker = defineFeature({
  id: 'template-picker',
  frames: 'outer',
  pages: 'any',
  needs: ['editor', 'engine'],
  init({ signal, platform, editor: session, layer, rules, settings, whileLoading }) {
    const show = layerSlot(layer, 'templates', signal);
    const chord = boundChord(OPEN_TEMPLATES);
    const library = templateLibrary(platform);
    let isOpen = false;
    let openedAt = 0;
    let openedFrom: Editor | null = null;
    const keys = agentKeys();

    const status = pickerStatus(layer.host);
    const close = (editor: Editor | null) => {
      isOpen = false;
      show(null);
      status.closed();
      refocus(editor);
    };

    const open = async ({ query = '', replaceBefore = 0 } = {}) => {
      if (isOpen || signal.aborted || !session.state.get().active) return status.settled(false);
      isOpen = true;
      status.opening();
      openedAt = Date.now();
      const editor =
        session.state.get().editor ?? findBySelectors(document, rules.get().selectors.editor ?? []);
      openedFrom = editor;
      // The caret as it is BEFORE the picker takes focus.
      const caret = editor ? caretRange(editor) : { start: 0, end: 0 };
      const { templates, pinyin } = await library.refresh();
      const buyer = currentBuyer(platform, session.conversation());
      if (signal.aborted || !isOpen) return status.settled(false);
      show(
        <TemplatePicker
          templates={templates}
          pinyin={pinyin}
          platform={platform}
          context={templateValues(rules.get().selectors, settings.get())}
          linter={rules.get().linter}
          locale={buyer.market.locale}
          language={replyLanguage(platform, rules, buyer)}
          languageLocked={requiredLanguage(platform, rules.get().packs) !== undefined}
          timeZone={platformTimeZone(platform)}
          initialQuery={query}
          onClose={() => close(editor)}
          onChoose={(choice) => {
            close(editor);
            const start = Math.max(0, caret.start - replaceBefore);
            if (editor)
              void insertChoice(editor, start, caret.end, choice).then((ok) => ok && session.lintNow(editor));
          }}
        />,
      );
      status.settled(true);
    };

    const onKey = trusted((event: KeyboardEvent) => {
      keys.saw(event);
      if (event.isComposing) return;
      // Esc closes the picker wherever the focus is (it may still be in the page's editor while the
      // picker mounts), and the page never sees it.
      const closing = isOpen && event.key === 'Escape';
      const shortcut = chord();
      if (!closing && !(shortcut && matchesChord(event, shortcut))) return;
      event.preventDefault();
      event.stopPropagation();
      if (closing) close(openedFrom);
      else void open();
    });
    eachEditorWindow(session.state, signal, (win, scope) =>
      win.addEventListener('keydown', onKey, { capture: true, signal: scope }),
    );

    // The browser's own command (a real key press) arrives from the background too: open once.
    new MessageRouter()
      .on(OpenTemplatePicker, () => {
        if (Date.now() - openedAt > 500) void open();
        return true;
      })
      .listen(signal);

    // `;abbr` typed by the agent at the caret offers that template; text a page puts in does not. Read
    // from the session (rich editors such as Draft apply typing themselves, with no trusted input event).
    // Typed before the first list arrived (a fresh page), it is looked for again once the list is there.
    const offerTyped = guarded(({ editor, text, active }: LintSnapshot) => {
      if (signal.aborted || isOpen || !editor || !active || session.composing()) return;
      const typed = typedAbbreviation(editor, text, library.known().templates, platform, keys.typed);
      if (typed) void open(typed);
    });
    session.state.subscribe(offerTyped, signal);
    void library.refresh().then(() => offerTyped(session.state.get()));

    // Keys the agent pressed while the editing features loaded, or the browser's shortcut then: the
    // picker opens now.
    const early = whileLoading?.keys() ?? [];
    for (const key of early) keys.saw(key);
    const shortcut = chord();
    if (whileLoading?.pickerAsked() || (shortcut && early.some((key) => matchesChord(key, shortcut))))
      void open();
  },
});
