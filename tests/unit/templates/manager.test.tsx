import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatesManager } from '@/components/options/TemplatesTab';
import type { TemplatesApi } from '@/components/templates/api';
import { type Template, TemplateSchema } from '@/lib/templates/schema';
import { TemplateConflictError } from '@/lib/templates/store';

let host: HTMLElement;
let stored: Template[];
let api: TemplatesApi & { [K in keyof TemplatesApi]: ReturnType<typeof vi.fn> };

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  stored = [
    TemplateSchema.parse({ id: 'a', title: '物流查询', body: 'Parcel {tracking_number}', updatedAt: 10 }),
    TemplateSchema.parse({ id: 'team:acme:x', title: '团队模板', body: 'Team', source: 'team:acme' }),
  ];
  api = {
    list: vi.fn(async () => stored),
    put: vi.fn(async (template: Template) => ({ ...template, updatedAt: 11 })),
    remove: vi.fn(async () => undefined),
    importWrites: vi.fn(async (writes: unknown[]) => writes.length),
    restoreStarter: vi.fn(async () => 0),
  };
});
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount() {
  await act(async () => {
    render(<TemplatesManager api={api} />, host);
  });
  await flush();
}
const q = <T extends Element = HTMLElement>(selector: string) =>
  host.querySelector<T & HTMLElement>(selector)!;
const click = async (el: HTMLElement) => {
  await act(async () => {
    el.click();
  });
  await flush();
};
const typeInto = async (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

describe('TemplatesManager (options tab)', () => {
  it('lists templates and saves an edit with the loaded updatedAt as base', async () => {
    await mount();
    expect(
      [...host.querySelectorAll('[data-template-id]')].map((el) => el.getAttribute('data-template-id')),
    ).toEqual(expect.arrayContaining(['a', 'team:acme:x']));
    await click(q('[data-template-id="a"]'));
    await typeInto(q<HTMLTextAreaElement>('textarea[name="body"]'), 'Parcel {tracking_number} is on its way');
    await click(q('[data-action="save"]'));
    expect(api.put).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'a', body: 'Parcel {tracking_number} is on its way' }),
      10,
    );
    expect(host.textContent).toContain('Saved');
  });

  it('shows live lint for the chosen platform', async () => {
    await mount();
    await click(q('[data-action="new"]'));
    await typeInto(q<HTMLTextAreaElement>('textarea[name="body"]'), 'Add me on WhatsApp');
    expect(q('[data-lint-language="default"] [data-compliance]').getAttribute('data-compliance')).toBe(
      'block',
    );
  });

  it('reloads the latest version on a conflict instead of losing it silently', async () => {
    await mount();
    await click(q('[data-template-id="a"]'));
    stored = [{ ...stored[0]!, body: 'Edited in another tab', updatedAt: 20 }, stored[1]!];
    api.put.mockRejectedValueOnce(new TemplateConflictError('Conflict: template a was changed elsewhere'));
    await typeInto(q<HTMLInputElement>('input[name="title"]'), '我的修改');
    await click(q('[data-action="save"]'));
    expect(host.textContent).toContain('changed in another tab');
    expect(q<HTMLTextAreaElement>('textarea[name="body"]').value).toBe('Edited in another tab');
  });

  it('shows team templates read-only', async () => {
    await mount();
    await click(q('[data-template-id="team:acme:x"]'));
    expect(q<HTMLFieldSetElement>('.rg-tpl-editor fieldset').disabled).toBe(true);
    expect(host.querySelector('[data-action="save"]')).toBeNull();
  });

  it('previews an import, refuses a broken file and applies a clean one', async () => {
    await mount();
    const input = q<HTMLInputElement>('input[type="file"]');
    const choose = async (name: string, text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await flush();
    };
    await choose('bad.csv', 'title,body\nok,fine\n,no title');
    expect(q('[data-rejected]').textContent).toContain('Row 3');
    expect(q<HTMLButtonElement>('[data-action="import"]').disabled).toBe(true);
    await choose('good.json', '[{"title":"新模板","body":"Hello"}]');
    await click(q('[data-action="import"]'));
    expect(api.importWrites).toHaveBeenCalledWith([expect.objectContaining({ base: null })]);
    expect(host.textContent).toContain('1 templates imported');
  });
});
