import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSendControl } from '@/lib/content/send-control';
import type { Editor } from '@/lib/editor/types';

/** A click's composed path from `el` up to the document. */
function pathOf(el: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = el; node; node = node.parentNode) path.push(node);
  return path;
}

type Box = [left: number, top: number, width: number, height: number];

/**
 * Lays out a snippet: `boxes` gives the box of what each selector matches; any other element takes the
 * box of its nearest laid-out ancestor (happy-dom has no layout). Returns the page's editor.
 */
function layOut(html: string, boxes: Record<string, Box>): Editor {
  document.body.innerHTML = html;
  const laid = new Map<Element, DOMRect>();
  for (const [selector, [left, top, width, height]] of Object.entries(boxes)) {
    for (const el of document.querySelectorAll(selector)) laid.set(el, new DOMRect(left, top, width, height));
  }
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    for (let el: Element | null = this; el; el = el.parentElement) {
      const box = laid.get(el);
      if (box) return box;
    }
    return new DOMRect(0, 0, 0, 0);
  });
  const area = document.querySelector<HTMLElement>('textarea, [contenteditable]')!;
  return { kind: area.tagName === 'TEXTAREA' ? 'text' : 'rich', el: area, anchor: area, frame: null };
}

/** The editor of every snippet: 600×80 at (300, 600), a chat composer at the bottom of the page. */
const EDITOR: Box = [300, 600, 600, 80];
const BESIDE: Box = [910, 650, 24, 24];
const BELOW_RIGHT: Box = [870, 690, 28, 28];
const BELOW_LEFT: Box = [300, 690, 22, 22];
const FAR_TOP: Box = [1000, 20, 90, 28];
/** Under the editor's left end: only words or names can make a control there the send control. */
const UNDER_LEFT: Box = [300, 700, 90, 30];

interface Row {
  what: string;
  html: string;
  /** Where the click lands. */
  hit: string;
  boxes: Record<string, Box>;
  send: boolean;
}

const ROWS: Row[] = [
  {
    what: 'Shopee-style held-out icon: data-cy says send, a glyph for text',
    html: '<div class="_2YgYb"><textarea></textarea><i class="Snd9" data-cy="webchat-message-send">➤</i></div>',
    hit: '.Snd9',
    boxes: { textarea: EDITOR, '.Snd9': UNDER_LEFT },
    send: true,
  },
  {
    what: 'Shopee imitation: a hashed <i> with an svg, no name, beside the textarea (click on the path)',
    html: '<div class="_2YgYb"><textarea></textarea><i class="_3Kk2e" style="cursor:pointer"><svg viewBox="0 0 20 20"><path d="M2 17 18 10 2 2z"></path></svg></i></div>',
    hit: 'path',
    boxes: { textarea: EDITOR, '._3Kk2e': BESIDE },
    send: true,
  },
  {
    what: 'Lazada paper-plane icon under the textarea, far right',
    html: '<div class="im-input"><textarea></textarea><div class="im-input-toolbar"><i class="im-icon-dialogue" title="Quick replies"></i><i class="im-icon-paper-plane"></i></div></div>',
    hit: '.im-icon-paper-plane',
    boxes: { textarea: EDITOR, '.im-icon-paper-plane': BELOW_RIGHT, '.im-icon-dialogue': BELOW_LEFT },
    send: true,
  },
  {
    what: 'Lazada quick-reply icon under the textarea, left: it says what it is',
    html: '<div class="im-input"><textarea></textarea><div class="im-input-toolbar"><i class="im-icon-dialogue" title="Quick replies"></i><i class="im-icon-paper-plane"></i></div></div>',
    hit: '.im-icon-dialogue',
    boxes: { textarea: EDITOR, '.im-icon-paper-plane': BELOW_RIGHT, '.im-icon-dialogue': BELOW_LEFT },
    send: false,
  },
  {
    what: 'Pinduoduo: a div that says 发送 with a pointer cursor',
    html: '<div class="reply-box"><textarea></textarea><div class="send-btn" style="cursor:pointer">发送</div></div>',
    hit: '.send-btn',
    boxes: { textarea: EDITOR, '.send-btn': UNDER_LEFT },
    send: true,
  },
  {
    what: 'a button with an svg icon and an aria-label in Thai',
    html: '<div><div contenteditable="true"></div><button aria-label="ส่งข้อความ"><svg><use href="#i-arrow"></use></svg></button></div>',
    hit: 'use',
    boxes: { '[contenteditable]': EDITOR, button: UNDER_LEFT },
    send: true,
  },
  {
    what: 'role=button span that says Gửi (Vietnamese)',
    html: '<div><textarea></textarea><span role="button" class="x1">Gửi</span></div>',
    hit: '.x1',
    boxes: { textarea: EDITOR, '.x1': UNDER_LEFT },
    send: true,
  },
  {
    what: 'Indonesian Kirim, Portuguese Enviar mensagem, Spanish Enviar mensaje, with a shortcut hint',
    html: '<div><textarea></textarea><button id="a">Kirim</button><button id="b">Enviar mensagem</button><button id="c">Enviar mensaje (Enter)</button></div>',
    hit: '#c',
    boxes: { textarea: EDITOR, button: UNDER_LEFT },
    send: true,
  },
  {
    what: 'eBay: submit input whose value is Send',
    html: '<form id="CUSubmitForm"><textarea></textarea><input type="submit" id="sndBtn" value="Send"></form>',
    hit: '#sndBtn',
    boxes: { textarea: EDITOR, '#sndBtn': UNDER_LEFT },
    send: true,
  },
  {
    what: 'an icon link whose title is 发送 (AliExpress style)',
    html: '<footer><textarea></textarea><div class="footer-right"><a href="javascript:;" title="发送"><i class="iconfont">&#xe601;</i></a></div></footer>',
    hit: '.iconfont',
    boxes: { textarea: EDITOR, a: UNDER_LEFT },
    send: true,
  },
  {
    what: '"Send invoice" in a toolbar far from the editor',
    html: '<div class="toolbar"><button class="btn">Send invoice</button></div><textarea></textarea>',
    hit: '.btn',
    boxes: { textarea: EDITOR, '.btn': FAR_TOP },
    send: false,
  },
  {
    what: '"Send" far from the editor (a header action)',
    html: '<header><button class="btn">Send</button></header><textarea></textarea>',
    hit: '.btn',
    boxes: { textarea: EDITOR, '.btn': FAR_TOP },
    send: false,
  },
  {
    what: '"Send invoice" right by the editor: it sends something else',
    html: '<div><textarea></textarea><button class="btn">Send invoice</button></div>',
    hit: '.btn',
    boxes: { textarea: EDITOR, '.btn': BELOW_RIGHT },
    send: false,
  },
  {
    what: 'a send-picture icon by the editor (发送图片 / send-image hooks)',
    html: '<div><textarea></textarea><i class="icon-send-image" title="发送图片"></i></div>',
    hit: 'i',
    boxes: { textarea: EDITOR, i: BESIDE },
    send: false,
  },
  {
    what: "an emoji icon at the editor's trailing corner, labelled",
    html: '<div><textarea></textarea><i class="_9xk" aria-label="Emoji" style="cursor:pointer">☺</i></div>',
    hit: 'i',
    boxes: { textarea: EDITOR, i: BESIDE },
    send: false,
  },
  {
    what: 'a click in the composer wrapper whose class says reply-send (it holds the editor)',
    html: '<div class="reply-send-box" style="cursor:pointer"><textarea></textarea></div>',
    hit: 'textarea',
    boxes: { textarea: EDITOR, '.reply-send-box': [290, 590, 640, 120] },
    send: false,
  },
  {
    what: "the agent's own short message bubble (data-cy says send, but it has words)",
    html: '<div id="list"><div data-cy="webchat-message-send"><pre>ok</pre></div></div><div><textarea></textarea></div>',
    hit: 'pre',
    boxes: { textarea: EDITOR, '[data-cy]': [700, 560, 60, 30] },
    send: false,
  },
  {
    what: 'a plain div beside the editor that is not clickable',
    html: '<div><textarea></textarea><div class="counter">0/2000</div></div>',
    hit: '.counter',
    boxes: { textarea: EDITOR, '.counter': BESIDE },
    send: false,
  },
  {
    what: "a nameless icon under the editor's left end (emoji, attach…): its place says nothing",
    html: '<div><textarea></textarea><i class="_7yq" style="cursor:pointer"></i></div>',
    hit: 'i',
    boxes: { textarea: EDITOR, i: BELOW_LEFT },
    send: false,
  },
  {
    what: 'a Cancel button by the editor',
    html: '<div><textarea></textarea><button>Cancel</button></div>',
    hit: 'button',
    boxes: { textarea: EDITOR, button: BELOW_RIGHT },
    send: false,
  },
];

describe('finding the send control', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it.each(ROWS)('$what → $send', ({ html, hit, boxes, send }) => {
    const editor = layOut(html, boxes);
    const target = document.querySelector(hit)!;
    expect(findSendControl(pathOf(target), [], editor) !== null).toBe(send);
  });

  it('takes the element a portal selector matches, wherever the click landed inside it', () => {
    const editor = layOut('<textarea></textarea><div class="send-btn"><i id="icon">➤</i></div>', {});
    const icon = document.getElementById('icon')!;
    expect(findSendControl(pathOf(icon), ['.send-btn'], editor)?.className).toBe('send-btn');
    expect(findSendControl(pathOf(icon), ['::bad(', '.send-btn'], null)?.className).toBe('send-btn');
  });

  it('guesses nothing without an editor', () => {
    layOut('<textarea></textarea><button>Send</button>', { textarea: EDITOR, button: BESIDE });
    expect(findSendControl(pathOf(document.querySelector('button')!), [], null)).toBeNull();
  });
});
