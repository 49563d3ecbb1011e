import { describe, expect, it } from 'vitest';
import { mapRichText, offsetAt, pointAt, readText } from '@/lib/editor/read-text';

function rich(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  // Test input built from a literal: the helper under test reads it, the page never sees it.
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('mapRichText', () => {
  it('reads text nodes, <br> and block boundaries like innerText', () => {
    expect(mapRichText(rich('ab<b>c</b>d')).text).toBe('abcd');
    expect(mapRichText(rich('one<br>two')).text).toBe('one\ntwo');
    expect(mapRichText(rich('<div>one</div><div>two</div>')).text).toBe('one\ntwo');
    expect(mapRichText(rich('<p>one</p><p><br></p><p>two</p>')).text).toBe('one\n\ntwo');
    expect(mapRichText(rich('one<div>two</div>three')).text).toBe('one\ntwo\nthree');
  });

  it('maps offsets to DOM points and back', () => {
    const root = rich('<p>加我<b>微信</b></p><p>abc_123</p>');
    const map = mapRichText(root);
    expect(map.text).toBe('加我微信\nabc_123');
    for (let offset = 0; offset <= map.text.length; offset++) {
      const point = pointAt(map, offset);
      expect(offsetAt(map, point)).toBe(offset);
    }
    const inBold = pointAt(map, 3);
    expect(inBold.node.textContent).toBe('微信');
    expect(inBold.offset).toBe(1);
  });

  it('maps a caret given as an element position', () => {
    const root = rich('ab<br>cd');
    const map = mapRichText(root);
    expect(offsetAt(map, { node: root, offset: 0 })).toBe(0);
    expect(offsetAt(map, { node: root, offset: 1 })).toBe(2);
    expect(offsetAt(map, { node: root, offset: 2 })).toBe(3);
    expect(offsetAt(map, { node: root, offset: 3 })).toBe(5);
    expect(offsetAt(map, { node: document.body, offset: 0 })).toBeNull();
  });

  it('reads a textarea by its value', () => {
    const area = document.createElement('textarea');
    area.value = 'line 1\nline 2';
    expect(readText({ kind: 'text', el: area })).toBe('line 1\nline 2');
  });
});
