import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openReplyGuardDB } from '@/lib/storage/db';
import { exportCsv, exportJson, guardCell } from '@/lib/templates/export';
import { canApply, detectFormat, planImport, previewImport, unguardCell } from '@/lib/templates/import';
import { type Template, TemplateSchema } from '@/lib/templates/schema';
import { starterTemplates } from '@/lib/templates/starter';
import { TemplateStore } from '@/lib/templates/store';

const existing: Template[] = [
  TemplateSchema.parse({ id: 'a', title: '问候', body: 'Hello', updatedAt: 10 }),
  TemplateSchema.parse({ id: 'b', title: '结束语', body: 'Bye', updatedAt: 20, tags: ['问候'] }),
];
let n = 0;
const makeId = () => `gen${++n}`;

describe('previewImport (JSON)', () => {
  it('classifies added, updated and unchanged rows', () => {
    n = 0;
    const file = JSON.stringify({
      templates: [
        { id: 'a', title: '问候', body: 'Hello' },
        { id: 'b', title: '结束语', body: 'Goodbye', tags: ['问候'] },
        { title: '新模板', body: 'New {buyer_name}', usageCount: 99 },
      ],
    });
    const p = previewImport(file, existing, { makeId });
    expect(p.unchanged.map((t) => t.id)).toEqual(['a']);
    expect(p.updated.map((u) => [u.template.id, u.previous.updatedAt])).toEqual([['b', 20]]);
    expect(p.added).toEqual([expect.objectContaining({ id: 'gen1', title: '新模板', usageCount: 0 })]);
    expect(canApply(p)).toBe(true);
    expect(planImport(p)).toEqual([
      { template: p.added[0], base: null },
      { template: p.updated[0]!.template, base: 20 },
    ]);
  });

  it('matches a row without id to an existing template by title', () => {
    const p = previewImport('[{"title":"结束语","body":"See you"}]', existing, { makeId });
    expect(p.updated[0]?.template.id).toBe('b');
  });

  it('rejects bad rows with per-row errors and plans nothing', () => {
    const file = JSON.stringify([
      { id: 'ok', title: 'fine', body: 'fine' },
      { id: 'x', title: '', body: 'b' },
      { id: 'y', title: 't', body: 'b', platforms: ['etsy'] },
      'not an object',
      { id: 'ok', title: 'dup', body: 'dup' },
      { id: 'team', title: 't', body: 'b', source: 'team:acme' },
    ]);
    const p = previewImport(file, existing, { makeId });
    expect(p.rejected.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(p.rejected[0]?.errors.join()).toMatch(/title/);
    expect(p.rejected[1]?.errors.join()).toMatch(/platforms/);
    expect(p.rejected[3]?.errors.join()).toMatch(/duplicate id ok/);
    expect(p.rejected[4]?.errors.join()).toMatch(/team/);
    expect(canApply(p)).toBe(false);
    expect(() => planImport(p)).toThrow(/5 rows/);
  });

  it('reports broken files', () => {
    expect(previewImport('{"templates": [', existing).fileError).toMatch(/not valid JSON/);
    expect(previewImport('{"foo": 1}', existing, { format: 'json' }).fileError).toMatch(/expected an array/);
    expect(previewImport('[]', existing).fileError).toMatch(/no templates/);
  });
});

describe('previewImport (CSV)', () => {
  it('reads columns, list cells, variants and multi-line bodies', () => {
    const csv = [
      '\uFEFFid,title,titleEn,body,abbreviation,tags,platforms,body_pt,notes',
      'c1,物流查询,Tracking,"Line 1',
      'Line 2 {tracking_number}",trk,"物流|售后","shopee, lazada",Olá,ignored',
      ',新的,,"Plain, with comma",,,,,',
    ].join('\n');
    const p = previewImport(csv, existing, { makeId, filename: 'x.CSV' });
    expect(p.rejected).toEqual([]);
    expect(p.warnings).toEqual(['ignored columns: notes']);
    expect(p.added[0]).toMatchObject({
      id: 'c1',
      titleEn: 'Tracking',
      body: 'Line 1\nLine 2 {tracking_number}',
      tags: ['物流', '售后'],
      platforms: ['shopee', 'lazada'],
      variants: { pt: 'Olá' },
    });
    expect(p.added[1]).toMatchObject({ title: '新的', body: 'Plain, with comma', tags: [] });
  });

  it('rejects rows with errors and files without the needed columns', () => {
    const p = previewImport('title,body,abbreviation\nok,fine,\n,missing title,\nx,y,bad abbr', existing, {
      format: 'csv',
    });
    expect(p.rejected.map((r) => r.row)).toEqual([3, 4]);
    expect(canApply(p)).toBe(false);
    expect(previewImport('name,text\na,b', existing, { format: 'csv' }).fileError).toMatch(/title/);
  });

  it('detects the format', () => {
    expect(detectFormat(' [1]')).toBe('json');
    expect(detectFormat('title,body')).toBe('csv');
    expect(detectFormat('[', 'a.csv')).toBe('csv');
  });
});

describe('export', () => {
  it('round-trips through JSON and CSV', () => {
    const all = [
      ...starterTemplates(),
      TemplateSchema.parse({ id: 'f', title: '公式', body: '=1+1 looks like a formula', tags: ['a'] }),
    ];
    for (const text of [exportJson(all), exportCsv(all)]) {
      const p = previewImport(text, [], { makeId });
      expect(p.rejected).toEqual([]);
      expect(p.added).toEqual(all.map((t) => ({ ...t, updatedAt: 0, usageCount: 0, lastUsedAt: 0 })));
    }
    expect(exportCsv(all)).toContain("'=1+1");
    expect(unguardCell(guardCell('-5'))).toBe('-5');
    expect(unguardCell("'hello")).toBe("'hello");
  });

  it('applies all or nothing through the store', async () => {
    const store = new TemplateStore(() => openReplyGuardDB('transfer-test'));
    const first = await store.put({ id: 'a', title: '问候', body: 'Hello' }, null);
    const p = previewImport('[{"id":"a","title":"问候","body":"Hi"},{"id":"n","title":"新","body":"x"}]', [
      first,
    ]);
    // Someone edits "a" meanwhile: the whole import is refused.
    await store.put({ ...first, body: 'edited elsewhere' }, first.updatedAt);
    await expect(store.putMany(planImport(p))).rejects.toThrow(/changed elsewhere/);
    expect(await store.get('n')).toBeUndefined();
  });
});
