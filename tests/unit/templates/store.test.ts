import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openReplyGuardDB } from '@/lib/storage/db';
import { starterTemplates } from '@/lib/templates/starter';
import {
  TemplateConflictError,
  TemplateReadOnlyError,
  TemplateStore,
  TemplateValidationError,
} from '@/lib/templates/store';
import { teamTemplates } from '@/lib/templates/team';

let clock = 1_000;
let dbName = '';
let counter = 0;
let store: TemplateStore;

beforeEach(() => {
  clock = 1_000;
  dbName = `templates-test-${++counter}`;
  store = new TemplateStore(
    () => openReplyGuardDB(dbName),
    () => clock,
  );
});

describe('TemplateStore', () => {
  it('creates, lists, gets and bumps updatedAt on edit', async () => {
    const created = await store.put({ id: 'a', title: '问候', body: 'Hello' }, null);
    expect(created.updatedAt).toBe(1_000);
    clock = 1_000; // same millisecond: still strictly newer
    const edited = await store.put({ ...created, body: 'Hello again' }, created.updatedAt);
    expect(edited.updatedAt).toBe(1_001);
    expect((await store.get('a'))?.body).toBe('Hello again');
    expect((await store.list()).map((t) => t.id)).toEqual(['a']);
  });

  it('refuses a stale edit so a second tab never silently loses work', async () => {
    const loaded = await store.put({ id: 'a', title: 't', body: 'v1' }, null);
    clock = 2_000;
    await store.put({ ...loaded, body: 'tab A' }, loaded.updatedAt);
    clock = 3_000;
    await expect(store.put({ ...loaded, body: 'tab B' }, loaded.updatedAt)).rejects.toBeInstanceOf(
      TemplateConflictError,
    );
    expect((await store.get('a'))?.body).toBe('tab A');
  });

  it('refuses to create over an existing id, to update a deleted one, and stale deletes', async () => {
    const a = await store.put({ id: 'a', title: 't', body: 'b' }, null);
    await expect(store.put({ id: 'a', title: 't', body: 'b' }, null)).rejects.toThrow(/already exists/);
    await expect(store.put({ id: 'gone', title: 't', body: 'b' }, 5)).rejects.toThrow(/deleted/);
    await expect(store.delete('a', a.updatedAt - 1)).rejects.toBeInstanceOf(TemplateConflictError);
    await store.delete('a', a.updatedAt);
    expect(await store.get('a')).toBeUndefined();
  });

  it('validates and refuses team templates', async () => {
    await expect(store.put({ id: 'x', title: '', body: 'b' }, null)).rejects.toBeInstanceOf(
      TemplateValidationError,
    );
    await expect(
      store.put({ id: 'x', title: 't', body: 'b', source: 'team:acme' }, null),
    ).rejects.toBeInstanceOf(TemplateReadOnlyError);
  });

  it('records use without changing updatedAt and keeps usage across edits', async () => {
    const a = await store.put({ id: 'a', title: 't', body: 'b' }, null);
    clock = 5_000;
    await store.recordUse('a');
    const used = await store.recordUse('a');
    expect(used).toMatchObject({ usageCount: 2, lastUsedAt: 5_000, updatedAt: a.updatedAt });
    clock = 6_000;
    const edited = await store.put({ ...a, body: 'new', usageCount: 0 }, a.updatedAt);
    expect(edited.usageCount).toBe(2);
    expect(await store.recordUse('missing')).toBeUndefined();
  });

  it('applies several writes all or nothing', async () => {
    const a = await store.put({ id: 'a', title: 't', body: 'b' }, null);
    await expect(
      store.putMany([
        { template: { id: 'new', title: 'n', body: 'n' }, base: null },
        { template: { ...a, body: 'changed' }, base: a.updatedAt + 99 },
      ]),
    ).rejects.toBeInstanceOf(TemplateConflictError);
    expect(await store.get('new')).toBeUndefined();
    expect((await store.get('a'))?.body).toBe('b');
    await store.putMany([{ template: { id: 'new', title: 'n', body: 'n' }, base: null }]);
    expect(await store.get('new')).toBeDefined();
  });

  it('seeds the starter library once and restores only missing starters', async () => {
    const count = starterTemplates().length;
    expect(await store.seedStarter()).toBe(count);
    expect(await store.seedStarter()).toBe(0);
    const first = (await store.list()).find((t) => t.source === 'starter')!;
    await store.delete(first.id, first.updatedAt);
    expect(await store.seedStarter()).toBe(1);
  });

  it('upgrades old records when reading and skips unreadable ones', async () => {
    const db = await openReplyGuardDB(dbName);
    await db.put('templates', { id: 'v1', title: '旧', body: 'old', updatedAt: 7 });
    await db.put('templates', { id: 'junk', updatedAt: 1 });
    const list = await store.list();
    expect(list.map((t) => t.id)).toEqual(['v1']);
    expect(list[0]).toMatchObject({ schemaVersion: 2, source: 'user', tags: [] });
    expect(await store.get('junk')).toBeUndefined();
  });
});

describe('teamTemplates', () => {
  it('turns pack templates into read-only, pack-scoped templates', () => {
    const [t] = teamTemplates([
      {
        id: 'acme',
        templates: [
          {
            schemaVersion: 2,
            id: 'hi',
            title: '问候',
            body: 'Hi',
            tags: [],
            variants: {},
            platforms: [],
            usageCount: 0,
            lastUsedAt: 0,
            updatedAt: 0,
            source: 'user',
          },
        ],
      },
      { id: 'empty' },
    ]);
    expect(t).toMatchObject({ id: 'team:acme:hi', source: 'team:acme' });
  });
});
