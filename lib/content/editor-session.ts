import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { languageName } from '@/lib/buyer/language';
import { languageMismatch } from '@/lib/buyer/mismatch';
import { requiredLanguage } from '@/lib/buyer/required';
import type { Finding } from '@/lib/detect/types';
import { eventInEditor, findBySelectors, isAlive } from '@/lib/editor/find-editor';
import { readText } from '@/lib/editor/read-text';
import { editorFromFocusPath, sameEditor } from '@/lib/editor/resolve';
import type { Editor } from '@/lib/editor/types';
import { FixHistory } from '@/lib/editor/undo';
import { t, uiLocale } from '@/lib/i18n';
import type { PlatformId } from '@/lib/platforms';
import { isGuardActive } from '@/lib/settings/guard-active';
import type { Settings } from '@/lib/settings/schema';
import { type Conversation, conversationReader } from './conversation';
import { eachEditor } from './editor-scope';
import type { ActiveRules, Observable } from './env';
import { focusPath } from './focus';
import { eachSameOriginWindow } from './frame-windows';
import { guarded } from './handlers';
import type { WhileLoading } from './held-send';
import { observable } from './observable';
import { type Idle, idle, lintInSlices, SLICE_AT } from './sliced-lint';

/** The lint state of the current editor. */
export interface LintSnapshot {
  editor: Editor | null;
  text: string;
  findings: Finding[];
  /** False while switched off for this site or paused: nothing is shown or guarded. */
  active: boolean;
  /**
   * `done`: `findings` are the text's; `pending`: a long text is being linted in slices (the findings
   * shown are the earlier ones still true of it); `failed`: the engine threw, the text is NOT checked.
   */
  check: LintCheck;
}

export type LintCheck = 'done' | 'pending' | 'failed';

/** The current reply editor and its findings, shared by the features that declare they need the editor. */
export interface EditorSession {
  /** Changes when the editor changes or is re-linted. */
  state: Observable<LintSnapshot>;
  /** True between compositionstart and compositionend (IME): nothing is linted or changed then. */
  composing(): boolean;
  /**
   * A fresh synchronous lint of the whole text of an editor (default: the current one), published as the
   * new state: what the send guard decides on. Typing lints long replies in slices instead.
   */
  lintNow(editor?: Editor | null): LintSnapshot;
  /** The editor an event concerns: the current one, or one the agent reached without a focus event (adopted). */
  editorFor(event: Event): Editor | null;
  /** Our fixes, so Ctrl+Z right after one undoes it, whichever feature applied it. */
  fixes: FixHistory;
  /** The open conversation as the page shows it (the buyer's last message, the agent's recent ones). */
  conversation(): Conversation;
}

/** What a session reads: the page's lifetime, the rules in force and the agent's settings. */
export interface SessionDeps {
  ctx?: Pick<ContentScriptContext, 'isValid'>;
  signal: AbortSignal;
  rules: Observable<Pick<ActiveRules, 'linter' | 'selectors'> & Partial<Pick<ActiveRules, 'packs'>>>;
  settings: Observable<Settings>;
  /** The page's platform (a rule that requires a language there silences the language-mismatch warning). */
  platform?: PlatformId;
  /** Where slices of long replies are linted (default: idle callbacks). */
  idle?: Idle;
  /** What the agent did before the session started (a composition under way). */
  whileLoading?: Pick<WhileLoading, 'composing'>;
}

/**
 * Tracks the current editor (portal selectors, any editor the agent focuses here or in a same-origin
 * frame, re-mounts) and lints it on every input outside an IME composition: at once, or for a long reply
 * in slices when the page is idle, so typing never waits for the engine. Every listener, observer and
 * timer ends with `signal`.
 */
export function createEditorSession({
  ctx,
  signal,
  rules,
  settings,
  platform,
  idle: later = idle,
  whileLoading,
}: SessionDeps): EditorSession {
  let composing = whileLoading?.composing() ?? false;
  let focused: Editor | null = null;
  let current: Editor | null = null;
  let sliced: (() => void) | null = null;
  const state = observable<LintSnapshot>({
    editor: null,
    text: '',
    findings: [],
    active: false,
    check: 'done',
  });
  const active = () => isGuardActive(settings.get(), location.hostname, Date.now());
  const lint = (text: string) => rules.get().linter.lint(text, { locale: uiLocale() });
  const stopSlices = () => {
    sliced?.();
    sliced = null;
  };
  signal.addEventListener('abort', stopSlices, { once: true });

  const conversation = conversationReader(rules);
  /** The reply with the agent's recent messages before it, and its language against the buyer's. */
  const lintInConversation = (text: string): Finding[] => {
    const talk = conversation();
    const { linter, packs = [] } = rules.get();
    const findings = linter.lint(text, { locale: uiLocale(), previous: talk.agentRecent });
    const mismatch = languageMismatch({
      text,
      buyer: talk.buyerLanguage,
      languageRequired: platform !== undefined && requiredLanguage(platform, packs) !== undefined,
      message: (reply, buyer) =>
        t('buyerLanguageMismatch', languageName(reply, uiLocale()), languageName(buyer, uiLocale())),
      taken: findings,
    });
    return mismatch ? [...findings, mismatch] : findings;
  };

  const lintNow = (editor: Editor | null = current): LintSnapshot => {
    if (sameEditor(editor, current)) stopSlices();
    if (!editor || !isAlive(editor)) {
      const empty = { editor: null, text: '', findings: [], active: active(), check: 'done' as const };
      if (editor === current) state.set(empty);
      return empty;
    }
    const text = readText(editor);
    const on = active();
    let findings: Finding[] = [];
    let check: LintCheck = 'done';
    if (on && text) {
      try {
        findings = lintInConversation(text);
      } catch (error) {
        check = 'failed';
        console.warn('[ReplyGuard] the reply could not be checked', error);
      }
    }
    const snapshot = { editor, text, findings, active: on, check };
    if (sameEditor(editor, current)) state.set(snapshot);
    return snapshot;
  };

  /** The keystroke path: a short reply at once, a long one in slices (earlier findings still true stay shown). */
  const lintSoon = () => {
    const editor = current;
    if (!editor || !isAlive(editor)) return void lintNow();
    const text = readText(editor);
    const on = active();
    if (!on || text.length <= SLICE_AT) return void lintNow();
    stopSlices();
    const still = state.get().findings.filter((f) => text.slice(f.start, f.end) === f.match);
    state.set({ editor, text, findings: still, active: on, check: 'pending' });
    const settle = (findings: Finding[], check: LintCheck) => {
      sliced = null;
      if (sameEditor(editor, current) && state.get().text === text)
        state.set({ editor, text, findings, active: on, check });
    };
    sliced = lintInSlices(
      lint,
      text,
      later,
      (findings) => settle(findings, 'done'),
      (error) => {
        console.warn('[ReplyGuard] the reply could not be checked', error);
        settle([], 'failed');
      },
    );
  };

  const onEditorEvent = guarded((event: Event) => {
    if (signal.aborted) return;
    // Composition state first, editor or not: a missed compositionend must never leave us "composing".
    if (event.type === 'compositionstart') {
      composing = true;
      return;
    }
    if (event.type === 'compositionend') {
      composing = false;
    } else {
      if ((event as InputEvent).isComposing) return;
      composing = false; // an input outside any composition
    }
    if (current && eventInEditor(event, current)) lintSoon();
  });

  const setCurrent = (editor: Editor | null) => {
    if (sameEditor(editor, current)) return;
    // Leaving an editor ends its composition (its compositionend may never come); the first editor
    // keeps a composition begun while the session loaded.
    if (current) composing = false;
    current = editor;
    if (!composing) return lintSoon();
    state.set({ editor, text: '', findings: [], active: active(), check: 'done' });
  };

  const refresh = guarded(() => {
    if (signal.aborted) return;
    if (focused && !isAlive(focused)) focused = null;
    const next = focused ?? findBySelectors(document, rules.get().selectors.editor ?? []);
    if (next) setCurrent(next);
    else if (current && !isAlive(current)) setCurrent(null);
  });

  const adopt = (editor: Editor) => {
    focused = editor;
    setCurrent(editor);
  };

  // The agent focused an editor: the generic path, also inside open shadow roots, and in every
  // same-origin frame (nested, added later, navigated): events there stay in the frame's window.
  const onFocus = guarded((event: FocusEvent) => {
    const editor = editorFromFocusPath(event.composedPath());
    if (editor) adopt(editor);
  });
  eachSameOriginWindow(signal, (win, scope) => {
    win.addEventListener('focusin', onFocus, { capture: true, signal: scope });
    for (const type of ['input', 'compositionstart', 'compositionend']) {
      win.addEventListener(type, onEditorEvent, { capture: true, signal: scope });
    }
  });
  eachEditor(state, signal, (editor, scope) => {
    // Rich editors change their DOM without input events too (the app rebuilds or clears them).
    if (editor.kind === 'rich') {
      const observer = new MutationObserver(
        guarded(() => {
          if (!composing && readText(editor) !== state.get().text) lintSoon();
        }),
      );
      observer.observe(editor.el, { childList: true, subtree: true, characterData: true });
      scope.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
  });

  // Editors re-mount on route changes and re-renders: look again after DOM changes (batched).
  let pending = 0;
  const observer = new MutationObserver(() => {
    if (pending || signal.aborted) return;
    pending = window.setTimeout(() => {
      pending = 0;
      refresh();
    }, 50);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // Apps also set the text without events (clearing the box after sending): a light poll catches it.
  // It doubles as the check that the extension is still there: after an update or uninstall, reading
  // `ctx.isValid` aborts the old content script's signal, which removes every listener and our layer.
  const poll = window.setInterval(
    guarded(() => {
      if (ctx && !ctx.isValid) return;
      if (!current || composing || !isAlive(current)) return refresh();
      if (readText(current) !== state.get().text || state.get().active !== active()) lintSoon();
    }),
    400,
  );
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      window.clearTimeout(pending);
      window.clearInterval(poll);
    },
    { once: true },
  );
  // New rules or settings re-lint the reply, but never a composing text: compositionend lints it.
  const relint = () => {
    if (!composing) lintSoon();
  };
  rules.subscribe(relint, signal);
  settings.subscribe(relint, signal);
  // The session may start after the agent focused an editor (it loads on that focus): adopt it.
  focused = editorFromFocusPath(focusPath());
  refresh();

  return {
    state,
    composing: () => composing,
    lintNow,
    editorFor(event) {
      if (current && eventInEditor(event, current)) return current;
      const found = editorFromFocusPath(event.composedPath());
      if (found && !sameEditor(found, current)) adopt(found);
      return found;
    },
    fixes: new FixHistory(),
    conversation,
  };
}
