import type { Finding } from '@/lib/detect/types';
import { eventInEditor, findBySelectors, isAlive } from '@/lib/editor/find-editor';
import { readText } from '@/lib/editor/read-text';
import { editorFromFocusPath, sameEditor } from '@/lib/editor/resolve';
import type { Editor } from '@/lib/editor/types';
import { uiLocale } from '@/lib/i18n';
import { isGuardActive } from '@/lib/settings/guard-active';
import type { ContentEnv, Observable } from './env';
import { observable } from './observable';

/** The lint state of the current editor. */
export interface LintSnapshot {
  editor: Editor | null;
  text: string;
  findings: Finding[];
  /** False while switched off for this site or paused: nothing is shown or guarded. */
  active: boolean;
}

/** The current reply editor and its findings, shared by the overlay, the send guard and the chip. */
export interface EditorSession {
  /** Changes when the editor changes or is re-linted. */
  state: Observable<LintSnapshot>;
  /** True between compositionstart and compositionend (IME): nothing is linted or changed then. */
  composing(): boolean;
  /** A fresh synchronous lint of an editor (default: the current one), published as the new state. */
  lintNow(editor?: Editor | null): LintSnapshot;
  /** Makes an editor found from an event the current one (e.g. a send key in an editor not yet seen). */
  adopt(editor: Editor): void;
  /** Every window whose events concern the editor: ours and the editor's iframe's. */
  windows(): Window[];
}

const sessions = new WeakMap<ContentEnv, EditorSession>();

/** A same-origin child frame is handled by the parent's content script (it sees into the iframe). */
export function handledByParent(win: Window = window): boolean {
  try {
    return win !== win.top && win.frameElement !== null;
  } catch {
    return false;
  }
}

/** Calls `fn`, never letting an error reach the page. */
export function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('[ReplyGuard]', error);
    }
  };
}

export function editorSession(env: ContentEnv): EditorSession {
  const known = sessions.get(env);
  if (known) return known;
  const session = createSession(env);
  sessions.set(env, session);
  return session;
}

function createSession(env: ContentEnv): EditorSession {
  const { signal } = env;
  let composing = false;
  let focused: Editor | null = null;
  let current: Editor | null = null;
  let editorScope: AbortController | null = null;
  const state = observable<LintSnapshot>({ editor: null, text: '', findings: [], active: false });

  const active = () => isGuardActive(env.settings.get(), location.hostname, Date.now());

  const lintNow = (editor: Editor | null = current): LintSnapshot => {
    if (!editor || !isAlive(editor)) {
      const empty = { editor: null, text: '', findings: [], active: active() };
      if (editor === current) state.set(empty);
      return empty;
    }
    const text = readText(editor);
    const on = active();
    let findings: Finding[] = [];
    if (on && text) {
      try {
        findings = env.rules.get().linter.lint(text, { locale: uiLocale() });
      } catch (error) {
        console.debug('[ReplyGuard] lint failed', error);
      }
    }
    const snapshot = { editor, text, findings, active: on };
    if (sameEditor(editor, current)) state.set(snapshot);
    return snapshot;
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
    if (current && eventInEditor(event, current)) lintNow();
  });

  const watchEditor = (editor: Editor | null) => {
    editorScope?.abort();
    editorScope = null;
    if (!editor) return;
    const scope = new AbortController();
    editorScope = scope;
    signal.addEventListener('abort', () => scope.abort(), { once: true });
    const options = { capture: true, signal: scope.signal };
    const view = editor.el.ownerDocument.defaultView;
    if (view && view !== window) {
      for (const type of ['input', 'compositionstart', 'compositionend', 'focusin']) {
        view.addEventListener(type, onEditorEvent, options);
      }
    }
    // Rich editors change their DOM without input events too (the app rebuilds or clears them).
    if (editor.kind === 'rich') {
      const observer = new MutationObserver(
        guarded(() => {
          if (!composing && readText(editor) !== state.get().text) lintNow();
        }),
      );
      observer.observe(editor.el, { childList: true, subtree: true, characterData: true });
      scope.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
  };

  const setCurrent = (editor: Editor | null) => {
    if (sameEditor(editor, current)) return;
    current = editor;
    composing = false;
    watchEditor(editor);
    lintNow(editor);
  };

  const refresh = guarded(() => {
    if (signal.aborted) return;
    if (focused && !isAlive(focused)) focused = null;
    const selectors = env.rules.get().selectors.editor ?? [];
    const next = focused ?? findBySelectors(document, selectors);
    if (next) setCurrent(next);
    else if (current && !isAlive(current)) setCurrent(null);
  });

  // The agent focused an editor: the generic path, also inside open shadow roots.
  window.addEventListener(
    'focusin',
    guarded((event: FocusEvent) => {
      const editor = editorFromFocusPath(event.composedPath());
      if (!editor) return;
      focused = editor;
      setCurrent(editor);
    }),
    { capture: true, signal },
  );
  for (const type of ['input', 'compositionstart', 'compositionend']) {
    window.addEventListener(type, onEditorEvent, { capture: true, signal });
  }

  // Editors re-mount on route changes and re-renders: look again after DOM changes (batched).
  let pending = 0;
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = window.setTimeout(() => {
      pending = 0;
      refresh();
    }, 50);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      window.clearTimeout(pending);
    },
    { once: true },
  );
  // Apps also set the text without events (clearing the box after sending): a light poll catches it.
  // It doubles as the check that the extension is still there: after an update or uninstall, reading
  // `ctx.isValid` aborts the old content script's signal, which removes every listener and our layer.
  const poll = window.setInterval(
    guarded(() => {
      if (env.ctx && !env.ctx.isValid) return;
      if (!current || composing) return refresh();
      if (!isAlive(current)) return refresh();
      if (readText(current) !== state.get().text || state.get().active !== active()) lintNow();
    }),
    400,
  );
  signal.addEventListener('abort', () => window.clearInterval(poll), { once: true });
  env.rules.subscribe(() => lintNow(), signal);
  env.settings.subscribe(() => lintNow(), signal);
  refresh();

  return {
    state,
    composing: () => composing,
    lintNow,
    adopt: (editor) => {
      focused = editor;
      setCurrent(editor);
    },
    windows: () => {
      const view = current?.el.ownerDocument.defaultView;
      return view && view !== window ? [window, view] : [window];
    },
  };
}
