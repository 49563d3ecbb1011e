import { describe, expect, it } from 'vitest';
import { caretRange, insertAtCaret, replaceRange } from '@/lib/editor/insert';
import { mapRichText } from '@/lib/editor/read-text';
import { FixHistory } from '@/lib/editor/undo';

/** A React-like controlled textarea: its state changes only when an input event carries a new value
 * past the value tracker; a plain `el.value = x` is reverted on the next event. */
function controlledTextarea(initial: string) {
  const el = document.createElement('textarea');
  document.body.replaceChildren(el);
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  const getter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!;
  let state = initial;
  let tracked = initial;
  setter.call(el, initial);
  // The tracker: our own `value` property on the instance, like React's.
  Object.defineProperty(el, 'value', {
    configurable: true,
    get: () => getter.call(el),
    set: (value: string) => {
      tracked = value;
      setter.call(el, value);
    },
  });
  el.addEventListener('input', () => {
    const now = getter.call(el) as string;
    if (now !== tracked) {
      state = now;
      tracked = now;
    }
    setter.call(el, state); // re-render from state
  });
  return { el, state: () => state };
}

/** A Slate-like editor: its model changes only through beforeinput; it rebuilds its DOM after each edit. */
function modelEditor(initial: string) {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  document.body.replaceChildren(el);
  let model = initial;
  const renderModel = () => {
    el.replaceChildren(
      ...model.split('\n').map((line) => {
        const p = document.createElement('p');
        p.append(line ? document.createTextNode(line) : document.createElement('br'));
        return p;
      }),
    );
  };
  renderModel();
  el.addEventListener('beforeinput', (event) => {
    const selection = getSelection()!;
    const range = selection.getRangeAt(0);
    const map = mapRichText(el);
    const offset = (node: Node, at: number) => {
      let total = 0;
      for (const segment of map.segments) {
        if (segment.kind === 'text' && segment.node === node) return segment.start + at;
        total = segment.start;
      }
      return total;
    };
    const start = offset(range.startContainer, range.startOffset);
    const end = offset(range.endContainer, range.endOffset);
    event.preventDefault();
    const text = event.inputType.startsWith('delete') ? '' : (event.data ?? '');
    model = model.slice(0, start) + text + model.slice(end);
    renderModel();
  });
  return { el, model: () => model };
}

describe('replaceRange', () => {
  it('gets a controlled textarea state changed (native setter + input event)', async () => {
    const box = controlledTextarea('请加我宝贝');
    const result = await replaceRange({ kind: 'text', el: box.el }, 3, 5, '商品');
    expect(result).toMatchObject({ ok: true, strategy: 'nativeSetter', text: '请加我商品' });
    expect(box.state()).toBe('请加我商品');
    expect(box.el.selectionStart).toBe(5);
  });

  it('changes a beforeinput-driven model and survives its DOM rebuild', async () => {
    const editor = modelEditor('hello 宝贝\nsecond line');
    const result = await replaceRange({ kind: 'rich', el: editor.el }, 6, 8, '商品');
    expect(result).toMatchObject({ ok: true, strategy: 'beforeinput' });
    expect(editor.model()).toBe('hello 商品\nsecond line');
    expect(mapRichText(editor.el).text).toBe('hello 商品\nsecond line');
    await replaceRange({ kind: 'rich', el: editor.el }, 0, 6, '');
    expect(editor.model()).toBe('商品\nsecond line');
  });

  it('reports failure and leaves the text when nothing takes the change', async () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.textContent = 'abc';
    document.body.replaceChildren(el);
    const result = await replaceRange({ kind: 'rich', el }, 0, 1, 'x');
    expect(result.ok).toBe(false);
    expect(el.textContent).toBe('abc');
  });

  it('inserts at the caret, replacing characters typed before it', async () => {
    const box = controlledTextarea('hi /thx!');
    box.el.setSelectionRange(7, 7);
    expect(caretRange({ kind: 'text', el: box.el })).toEqual({ start: 7, end: 7 });
    const result = await insertAtCaret({ kind: 'text', el: box.el }, 'Thank you', { replaceBefore: 4 });
    expect(result.ok).toBe(true);
    expect(box.state()).toBe('hi Thank you!');
  });

  it('undoes the last fix through the same path', async () => {
    const box = controlledTextarea('call 13812345678 now');
    const history = new FixHistory();
    const editor = { kind: 'text' as const, el: box.el };
    await history.apply(editor, [{ start: 5, end: 16, text: '138****5678' }]);
    expect(box.state()).toBe('call 138****5678 now');
    expect(history.canUndo(editor)).toBe(true);
    expect(await history.undo(editor)).toBe(true);
    expect(box.state()).toBe('call 13812345678 now');
    expect(history.canUndo(editor)).toBe(false);
  });
});
