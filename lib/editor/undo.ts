import { type InsertResult, replaceRange } from './insert';
import { readText } from './read-text';
import type { Editor } from './types';

interface Step {
  start: number;
  end: number;
  text: string;
  removed: string;
}

interface Record {
  el: HTMLElement;
  before: string;
  after: string;
  steps: Step[];
}

/**
 * Applies our fixes and remembers the last one so Ctrl+Z right after it restores the text. We undo it
 * ourselves even when execCommand applied it: not every browser records a script's execCommand for undo
 * (Firefox does not), and apps with their own model (Slate, Draft) keep their own history.
 */
export class FixHistory {
  private last: Record | null = null;

  /** Applies edits (given last-first so offsets stay valid) through `replaceRange`; stops at the first failure. */
  async apply(
    editor: Pick<Editor, 'kind' | 'el'>,
    edits: Array<{ start: number; end: number; text: string }>,
  ): Promise<InsertResult> {
    const before = readText(editor);
    const steps: Step[] = [];
    let result: InsertResult = { ok: true, strategy: 'none', text: before };
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
      const removed = readText(editor).slice(edit.start, edit.end);
      result = await replaceRange(editor, edit.start, edit.end, edit.text);
      if (!result.ok) break;
      steps.push({ start: edit.start, end: edit.start + edit.text.length, text: edit.text, removed });
    }
    this.last = steps.length ? { el: editor.el, before, after: result.text, steps } : null;
    return result;
  }

  /** True when Ctrl+Z now should be handled by us rather than the browser. */
  canUndo(editor: Pick<Editor, 'kind' | 'el'>): boolean {
    const last = this.last;
    return !!last && last.el === editor.el && readText(editor) === last.after;
  }

  /** Restores the text as it was before the last fix, through the editor's input path. */
  async undo(editor: Pick<Editor, 'kind' | 'el'>): Promise<boolean> {
    const last = this.last;
    if (!last || last.el !== editor.el || readText(editor) !== last.after) return false;
    this.last = null;
    // Undo the steps in reverse order of application (they were applied last-first).
    for (const step of [...last.steps].reverse()) {
      const result = await replaceRange(editor, step.start, step.end, step.removed);
      if (!result.ok) return false;
    }
    return readText(editor) === last.before;
  }

  forget(): void {
    this.last = null;
  }
}
