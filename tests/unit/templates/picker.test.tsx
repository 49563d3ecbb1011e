import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatePicker, type TemplatePickerProps } from '@/components/templates/TemplatePicker';
import { createLinter } from '@/lib/detect/lint';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { titlePinyin } from '@/lib/templates/pinyin';
import { TemplateSchema } from '@/lib/templates/schema';
import { agentClick, agentInput, agentKey } from '@/tests/support/agent-events';

const NOW = Date.UTC(2026, 5, 1, 12);
const templates = [
  TemplateSchema.parse({
    id: 'track',
    title: '物流查询',
    body: 'Hi {buyer_name}, parcel {tracking_number} arrives by {date+3d}.{cursor} Thanks!',
    tags: ['物流'],
    abbreviation: 'trk',
    usageCount: 5,
    lastUsedAt: NOW - 1000,
  }),
  TemplateSchema.parse({ id: 'hello', title: '欢迎问候', body: 'Hello {buyer_name}!' }),
  TemplateSchema.parse({ id: 'bad', title: '违规示例', body: 'Add me on WhatsApp' }),
  TemplateSchema.parse({ id: 'walmart', title: '沃尔玛', body: 'Walmart only', platforms: ['walmart'] }),
];

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(overrides: Partial<TemplatePickerProps> = {}) {
  const onChoose = vi.fn();
  const onClose = vi.fn();
  act(() => {
    render(
      <TemplatePicker
        templates={templates}
        pinyin={Object.fromEntries(templates.map((t) => [t.id, titlePinyin(t)]))}
        platform="shopee"
        context={{ buyer_name: 'Ana' }}
        linter={createLinter(bundledPacksFor('shopee'))}
        now={NOW}
        timeZone="UTC"
        onChoose={onChoose}
        onClose={onClose}
        {...overrides}
      />,
      host,
    );
  });
  const dialog = host.querySelector<HTMLElement>('[data-replyguard-dialog="templates"]')!;
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  const key = (target: HTMLElement, k: string, extra: KeyboardEventInit = {}) =>
    act(() => {
      agentKey(target, k, extra);
    });
  const type = (value: string) =>
    act(() => {
      agentInput(input, value);
    });
  const items = () => [...dialog.querySelectorAll<HTMLElement>('[data-template-id]')];
  const selected = () => dialog.querySelector('[aria-selected="true"]')?.getAttribute('data-template-id');
  return { dialog, input, key, type, items, selected, onChoose, onClose };
}

describe('TemplatePicker', () => {
  it('renders the contract: dialog, focused search input, in-scope items, recent first', () => {
    const { dialog, input, items } = mount();
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.ownerDocument.activeElement).toBe(input);
    expect(items().map((i) => i.dataset.templateId)).toEqual(['track', 'hello', 'bad']);
  });

  it('shows compliance badges per item', () => {
    const { items } = mount();
    const level = (id: string) => items().find((i) => i.dataset.templateId === id)?.dataset.compliance;
    expect(level('hello')).toBe('ok');
    expect(level('bad')).toBe('block');
  });

  it('uses precomputed findings when no linter is given', () => {
    const finding = {
      ruleId: 'r',
      category: 'custom',
      severity: 'warn',
      start: 0,
      end: 1,
      match: 'H',
      message: 'm',
    } as const;
    const { items } = mount({ linter: undefined, findings: { hello: [finding] } });
    expect(items().find((i) => i.dataset.templateId === 'hello')?.dataset.compliance).toBe('warn');
    expect(items().find((i) => i.dataset.templateId === 'track')?.dataset.compliance).toBeUndefined();
  });

  it('searches with pinyin initials and moves with the arrow keys', () => {
    const { input, key, type, items, selected } = mount();
    type('hy');
    expect(items().map((i) => i.dataset.templateId)).toEqual(['hello']);
    type('');
    expect(selected()).toBe('track');
    key(input, 'ArrowDown');
    expect(selected()).toBe('hello');
    key(input, 'ArrowUp');
    key(input, 'ArrowUp');
    expect(selected()).toBe('bad');
  });

  it('asks for missing variables, then inserts the rendered text with the cursor', () => {
    const { dialog, input, key, onChoose } = mount();
    expect(dialog.textContent).toContain('Hi Ana, parcel {tracking_number} arrives by Jun 4, 2026. Thanks!');
    key(input, 'Enter');
    const field = dialog.querySelector<HTMLInputElement>('[data-variable="tracking_number"]')!;
    expect(dialog.ownerDocument.activeElement).toBe(field);
    expect(onChoose).not.toHaveBeenCalled();
    act(() => {
      agentInput(field, 'YT123');
    });
    key(field, 'Enter');
    const text = 'Hi Ana, parcel YT123 arrives by Jun 4, 2026. Thanks!';
    expect(onChoose).toHaveBeenCalledWith({
      templateId: 'track',
      text,
      cursor: text.indexOf(' Thanks!'),
      findings: [],
    });
  });

  it('fill-in form: Enter moves to the next empty field, inserts from the last, keeps missing ones as placeholders', () => {
    const { dialog, input, key, onChoose } = mount({ context: {} });
    key(input, 'Enter');
    const field = (name: string) => dialog.querySelector<HTMLInputElement>(`[data-variable="${name}"]`)!;
    expect(dialog.ownerDocument.activeElement).toBe(field('buyer_name'));
    expect(field('buyer_name').placeholder).toBe('{buyer_name}');
    // The preview marks what is still missing.
    const marked = () => [...dialog.querySelectorAll('[data-placeholder]')].map((el) => el.textContent);
    expect(marked()).toEqual(['{buyer_name}', '{tracking_number}']);
    act(() => {
      agentInput(field('buyer_name'), 'Ana');
    });
    expect(marked()).toEqual(['{tracking_number}']);
    key(field('buyer_name'), 'Enter');
    expect(dialog.ownerDocument.activeElement).toBe(field('tracking_number'));
    expect(onChoose).not.toHaveBeenCalled();
    key(field('tracking_number'), 'Enter');
    expect(onChoose.mock.calls[0]![0].text).toBe(
      'Hi Ana, parcel {tracking_number} arrives by Jun 4, 2026. Thanks!',
    );
  });

  it('fill-in form: Enter in a field inserts when every field after it is filled', () => {
    const { dialog, input, key, onChoose } = mount({ context: { tracking_number: 'YT1' } });
    key(input, 'Enter');
    const buyer = dialog.querySelector<HTMLInputElement>('[data-variable="buyer_name"]')!;
    expect(dialog.ownerDocument.activeElement).toBe(buyer);
    key(buyer, 'Enter');
    expect(onChoose.mock.calls[0]![0].text).toBe(
      'Hi {buyer_name}, parcel YT1 arrives by Jun 4, 2026. Thanks!',
    );
  });

  it('inserts directly when nothing is missing, and reports findings of the inserted text', () => {
    const { input, key, type, onChoose } = mount();
    type('违规');
    key(input, 'Enter');
    const choice = onChoose.mock.calls[0]![0];
    expect(choice.text).toBe('Add me on WhatsApp');
    expect(choice.findings.length).toBeGreaterThan(0);
  });

  it('ignores Enter while an IME is composing, closes on Escape', () => {
    const { input, key, onChoose, onClose } = mount();
    key(input, 'Enter', { isComposing: true });
    expect(onChoose).not.toHaveBeenCalled();
    key(input, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('keeps Tab inside the dialog', () => {
    const { dialog, input, key } = mount();
    const buttons = [...dialog.querySelectorAll<HTMLElement>('button, input')];
    const last = buttons[buttons.length - 1]!;
    last.focus();
    key(last, 'Tab');
    expect(dialog.ownerDocument.activeElement).toBe(input);
    key(input, 'Tab', { shiftKey: true });
    expect(dialog.ownerDocument.activeElement).toBe(last);
  });

  it('ignores what a page script dispatches: keys, search input, clicks on items and buttons', () => {
    const { dialog, input, items, selected, onChoose, onClose } = mount();
    const page = (event: Event, target: Element = input) =>
      act(() => {
        target.dispatchEvent(event);
      });
    page(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(selected()).toBe('track');
    page(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    page(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    input.value = 'hy';
    page(new Event('input', { bubbles: true }));
    expect(items().map((i) => i.dataset.templateId)).toEqual(['track', 'hello', 'bad']);
    page(new MouseEvent('click', { bubbles: true }), items()[1]!);
    page(new MouseEvent('dblclick', { bubbles: true }), items()[1]!);
    expect(selected()).toBe('track');
    act(() => dialog.querySelector<HTMLElement>('[data-action="insert"]')!.click());
    act(() => dialog.querySelector<HTMLElement>('.rg-tpl-close')!.click());
    page(new MouseEvent('mousedown', { bubbles: true }), dialog.parentElement!);
    expect(onChoose).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says so when nothing matches', () => {
    const { type, items, dialog } = mount();
    type('zzzzzz');
    expect(items()).toEqual([]);
    expect(dialog.querySelector('.rg-tpl-empty')).not.toBeNull();
  });
});

describe('TemplatePicker languages', () => {
  it('switches the preview and the inserted text to a variant', () => {
    const withVariant = [
      TemplateSchema.parse({
        id: 'v',
        title: '问候',
        body: 'Hello {buyer_name}',
        variants: { pt: 'Olá {buyer_name}' },
      }),
    ];
    const { dialog, input, key, onChoose } = mount({ templates: withVariant });
    const pt = dialog.querySelector<HTMLElement>('[data-language="pt"]')!;
    act(() => {
      agentClick(pt);
    });
    expect(pt.getAttribute('aria-pressed')).toBe('true');
    expect(dialog.querySelector('[data-replyguard-preview]')?.textContent).toBe('Olá Ana');
    key(input, 'Enter');
    expect(onChoose.mock.calls[0]![0].text).toBe('Olá Ana');
  });

  it('starts from the page language when the template has it', () => {
    const withVariant = [
      TemplateSchema.parse({ id: 'v', title: '问候', body: 'Hello', variants: { es: 'Hola' } }),
    ];
    const { dialog } = mount({ templates: withVariant, language: 'es-MX' });
    expect(dialog.querySelector('[data-replyguard-preview]')?.textContent).toBe('Hola');
    expect(dialog.querySelector('[data-language="es"]')?.getAttribute('aria-pressed')).toBe('true');
  });
});
