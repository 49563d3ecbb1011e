import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSendControl } from '@/lib/content/send-control';
import type { Editor } from '@/lib/editor/types';

/** A click's composed path from `el` up to the document. */
function pathOf(el: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = el; node; node = node.parentNode) path.push(node);
  return path;
}

describe('finding the send control', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  const setUp = (html: string, boxes: Record<string, DOMRect>) => {
    document.body.innerHTML = html;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return boxes[this.id] ?? new DOMRect(0, 0, 0, 0);
    });
    const area = document.querySelector('textarea')!;
    const editor: Editor = { kind: 'text', el: area, anchor: area, frame: null };
    return editor;
  };

  it('takes the element a portal selector matches, wherever the click landed inside it', () => {
    const editor = setUp('<textarea id="e"></textarea><div class="send-btn"><i id="icon">➤</i></div>', {});
    const icon = document.getElementById('icon')!;
    expect(findSendControl(pathOf(icon), ['.send-btn'], editor)?.className).toBe('send-btn');
    expect(findSendControl(pathOf(icon), ['::bad(', '.send-btn'], null)?.className).toBe('send-btn');
  });

  it('takes a generic button that says Send near the editor, and not one far away or saying else', () => {
    const editor = setUp(
      '<textarea id="e"></textarea><button id="near">发送</button><button id="far">Send</button>' +
        '<button id="other">Cancel</button><input id="input" type="submit" value="Send">',
      {
        e: new DOMRect(100, 100, 300, 80),
        near: new DOMRect(410, 150, 60, 24),
        far: new DOMRect(900, 700, 60, 24),
        other: new DOMRect(410, 150, 60, 24),
        input: new DOMRect(410, 150, 60, 24),
      },
    );
    const find = (id: string) => findSendControl(pathOf(document.getElementById(id)!), [], editor)?.id;
    expect(find('near')).toBe('near');
    expect(find('input')).toBe('input');
    expect(find('far')).toBeUndefined();
    expect(find('other')).toBeUndefined();
    expect(findSendControl(pathOf(document.getElementById('near')!), [], null)).toBeNull();
  });
});
