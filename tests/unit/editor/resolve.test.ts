import { describe, expect, it } from 'vitest';
import { findBySelectors, isAlive } from '@/lib/editor/find-editor';
import { editorFromFocusPath, resolveEditor } from '@/lib/editor/resolve';

describe('resolveEditor', () => {
  it('resolves textareas, contenteditables and wrappers', () => {
    document.body.replaceChildren();
    const area = document.createElement('textarea');
    const wrapper = document.createElement('div');
    const rich = document.createElement('div');
    rich.setAttribute('contenteditable', 'true');
    const inner = document.createElement('span');
    rich.append(inner);
    wrapper.append(rich);
    document.body.append(area, wrapper);
    expect(resolveEditor(area)).toMatchObject({ kind: 'text', el: area, anchor: area });
    expect(resolveEditor(inner)).toMatchObject({ kind: 'rich', el: rich });
    expect(resolveEditor(wrapper)).toMatchObject({ kind: 'rich', el: rich });
    expect(resolveEditor(document.createElement('button'))).toBeNull();
  });

  it('sees into an open shadow root (kat-textarea)', () => {
    document.body.replaceChildren();
    const host = document.createElement('kat-textarea');
    const shadow = host.attachShadow({ mode: 'open' });
    const area = document.createElement('textarea');
    shadow.append(area);
    document.body.append(host);
    const editor = resolveEditor(host);
    expect(editor).toMatchObject({ kind: 'text', el: area, anchor: host });
    expect(findBySelectors(document, ['kat-textarea'])?.el).toBe(area);
    // Focus seen through composedPath: the host becomes the anchor.
    expect(editorFromFocusPath([area, shadow, host, document.body])).toMatchObject({
      el: area,
      anchor: host,
    });
    host.remove();
    expect(isAlive(editor!)).toBe(false);
  });

  it('skips plain inputs on the generic focus path and ignores invalid selectors', () => {
    document.body.replaceChildren();
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    area.id = 'reply';
    document.body.append(input, area);
    expect(editorFromFocusPath([input, document.body])).toBeNull();
    expect(findBySelectors(document, ['::bad((', '#missing', '#reply'])?.el).toBe(area);
  });
});
