import { describe, expect, it } from 'vitest';
import {
  abbreviationClash,
  draftFrom,
  duplicateDraft,
  splitList,
  templateFromDraft,
} from '@/lib/templates/draft';
import { TemplateSchema } from '@/lib/templates/schema';

const existing = TemplateSchema.parse({
  id: 'a',
  title: '物流',
  body: 'Hi',
  tags: ['物流', '售后'],
  variants: { pt: 'Olá' },
  usageCount: 4,
  updatedAt: 50,
  abbreviation: 'trk',
});

describe('template drafts', () => {
  it('round-trips a template through the form', () => {
    const draft = draftFrom(existing, () => 'new');
    expect(draft).toMatchObject({
      id: 'a',
      tags: '物流, 售后',
      base: 50,
      variants: [{ language: 'pt', body: 'Olá' }],
    });
    const result = templateFromDraft(draft, existing);
    expect(result.ok && TemplateSchema.parse(result.template)).toEqual(existing);
  });

  it('starts a new draft with a fresh id and no base', () => {
    expect(draftFrom(undefined, () => 'user.1')).toMatchObject({ id: 'user.1', base: null, source: 'user' });
  });

  it('duplicates a team template as the agent’s own', () => {
    const team = { ...existing, id: 'team:x:a', source: 'team:x' };
    expect(duplicateDraft(team, () => 'copy')).toMatchObject({
      id: 'copy',
      base: null,
      source: 'user',
      abbreviation: '',
    });
  });

  it('normalises tags, abbreviation and empty variants', () => {
    const draft = {
      ...draftFrom(undefined, () => 'n'),
      title: '新',
      body: 'b',
      tags: '物流，售后、 物流 ,',
      abbreviation: ';hi',
      variants: [
        { language: ' ', body: '' },
        { language: 'ES', body: 'Hola' },
      ],
    };
    const result = templateFromDraft(draft);
    expect(result).toMatchObject({
      ok: true,
      template: { tags: ['物流', '售后'], abbreviation: 'hi', variants: { es: 'Hola' } },
    });
    expect(splitList('a|b; c')).toEqual(['a', 'b', 'c']);
  });

  it('reports every problem', () => {
    const draft = {
      ...draftFrom(undefined, () => 'n'),
      abbreviation: 'two words',
      variants: [
        { language: 'pt', body: 'a' },
        { language: 'pt', body: 'b' },
      ],
    };
    const result = templateFromDraft(draft);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.errors.join('\n');
    expect(text).toMatch(/title/);
    expect(text).toMatch(/body/);
    expect(text).toMatch(/abbreviation/);
    expect(text).toMatch(/listed twice/);
  });

  it('finds abbreviation clashes', () => {
    expect(abbreviationClash([existing], ';TRK', 'other')?.id).toBe('a');
    expect(abbreviationClash([existing], 'trk', 'a')).toBeUndefined();
    expect(abbreviationClash([existing], '', 'x')).toBeUndefined();
  });
});
