import { describe, expect, it } from 'vitest';
import { PackSchema } from '@/lib/rules/pack-schema';
import {
  appliesTo,
  isReadOnly,
  migrateTemplate,
  TEMPLATE_SCHEMA_VERSION,
  TemplateSchema,
} from '@/lib/templates/schema';

describe('TemplateSchema', () => {
  it('fills bookkeeping defaults so packs only need id, title and body', () => {
    const t = TemplateSchema.parse({ id: 'a', title: '问候', body: 'Hello' });
    expect(t).toMatchObject({
      schemaVersion: TEMPLATE_SCHEMA_VERSION,
      tags: [],
      variants: {},
      platforms: [],
      usageCount: 0,
      lastUsedAt: 0,
      source: 'user',
    });
  });

  it('rejects bad abbreviations, platforms and sources', () => {
    expect(
      TemplateSchema.safeParse({ id: 'a', title: 't', body: 'b', abbreviation: 'has space' }).success,
    ).toBe(false);
    expect(TemplateSchema.safeParse({ id: 'a', title: 't', body: 'b', platforms: ['etsy'] }).success).toBe(
      false,
    );
    expect(TemplateSchema.safeParse({ id: 'a', title: 't', body: 'b', source: 'team:' }).success).toBe(false);
    expect(TemplateSchema.safeParse({ id: 'a', title: 't', body: 'b', source: 'team:acme-cs' }).success).toBe(
      true,
    );
    expect(TemplateSchema.safeParse({ id: 'a', title: ' ', body: 'b' }).success).toBe(false);
  });

  it('is embedded in packs for team libraries', () => {
    const pack = PackSchema.parse({
      format: 1,
      id: 'team-acme',
      platform: 'common',
      version: '1.0.0',
      rules: [],
      templates: [{ id: 'hi', title: '问候', body: 'Hi {buyer_name}' }],
    });
    expect(pack.templates?.[0]?.schemaVersion).toBe(TEMPLATE_SCHEMA_VERSION);
  });

  it('knows read-only and platform scope', () => {
    expect(isReadOnly({ source: 'team:x' })).toBe(true);
    expect(isReadOnly({ source: 'starter' })).toBe(false);
    expect(appliesTo({ platforms: [] }, 'shopee')).toBe(true);
    expect(appliesTo({ platforms: ['walmart'] }, 'shopee')).toBe(false);
    expect(appliesTo({ platforms: ['walmart'] }, 'walmart')).toBe(true);
  });
});

describe('migrateTemplate', () => {
  it('upgrades a version-1 record', () => {
    const result = migrateTemplate({
      id: 'old',
      title: '旧模板',
      body: 'Hi',
      abbreviation: 'bad abbr',
      variants: { pt: 'Olá' },
      platforms: ['shopee', 'etsy'],
      updatedAt: 5,
    });
    expect(result).toEqual({
      ok: true,
      template: expect.objectContaining({
        schemaVersion: 2,
        id: 'old',
        tags: [],
        variants: { pt: 'Olá' },
        platforms: ['shopee'],
        updatedAt: 5,
        source: 'user',
        usageCount: 0,
      }),
    });
    if (result.ok) expect(result.template.abbreviation).toBeUndefined();
  });

  it('keeps a current record as is', () => {
    const current = TemplateSchema.parse({
      id: 'x',
      title: 't',
      body: 'b',
      usageCount: 3,
      source: 'starter',
    });
    expect(migrateTemplate(current)).toEqual({ ok: true, template: current });
  });

  it('reports broken and unknown records', () => {
    expect(migrateTemplate(null).ok).toBe(false);
    expect(migrateTemplate({ id: 'x' }).ok).toBe(false);
    const future = migrateTemplate({ schemaVersion: 99, id: 'x', title: 't', body: 'b' });
    expect(future).toEqual({ ok: false, error: 'unknown schemaVersion 99' });
  });
});
