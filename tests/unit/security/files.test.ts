// Storage and files lose nothing and run nothing (issue #12, items 5 and 6).
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { z } from 'zod';
import { RegistryStore } from '@/lib/rules/registry-store';
import { DB_VERSION, openReplyGuardDB } from '@/lib/storage/db';
import { quarantineKey, storedItem } from '@/lib/storage/stored-item';
import { exportCsv } from '@/lib/templates/export';
import { canApply, planImport, previewImport } from '@/lib/templates/import';
import { decodeImportFile, IMPORT_LIMITS } from '@/lib/templates/import-file';
import { TemplateSchema } from '@/lib/templates/schema';
import { TemplateStore } from '@/lib/templates/store';

let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('CSV export', () => {
  it('guards every cell a spreadsheet could run as a formula, and import reads them back', () => {
    const bodies = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'];
    const templates = bodies.map((body, i) => TemplateSchema.parse({ id: `t${i}`, title: `t${i}`, body }));
    const csv = exportCsv(templates);
    for (const body of bodies) expect(csv).toContain(`'${body.trimEnd()}`);
    const back = previewImport(csv, [], { format: 'csv' });
    expect(back.added.map((t) => t.body)).toEqual(bodies);
  });
});

describe('import files', () => {
  /** "title,body / 问候,你好" as Excel on Chinese Windows saves it (GBK). */
  const gbk = Uint8Array.from(Buffer.from('7469746c652c626f64790d0acecabaf22cc4e3bac30d0a', 'hex'));

  it('reads a GBK CSV as GB18030 and says so; UTF-8 stays UTF-8; the agent may choose', () => {
    const decoded = decodeImportFile(gbk);
    expect(decoded).toEqual({ ok: true, encoding: 'gb18030', text: 'title,body\r\n问候,你好\r\n' });
    const utf8 = new TextEncoder().encode('\uFEFFtitle,body\n问候,你好\n');
    expect(decodeImportFile(utf8)).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      text: 'title,body\n问候,你好\n',
    });
    expect(decodeImportFile(gbk, 'utf-8')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid UTF-8/),
    });
  });

  it('refuses a file over the size limit and one with too many templates, with clear errors', () => {
    expect(decodeImportFile(new Uint8Array(IMPORT_LIMITS.bytes + 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most 5\.0 MB/),
    });
    const many = JSON.stringify(
      Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => ({ title: `t${i}`, body: 'b' })),
    );
    expect(previewImport(many, []).fileError).toMatch(/at most 5000/);
  });

  it('rejects a field over its length limit, and a file with a bad row changes no template', async () => {
    const name = `files-${++n}`;
    const store = new TemplateStore(() => openReplyGuardDB(name));
    await store.put(TemplateSchema.parse({ id: 'keep', title: '保留', body: 'Original' }), null);
    const file = JSON.stringify([
      { id: 'keep', title: '保留', body: 'Changed' },
      { title: 'x'.repeat(201), body: 'too long a title' },
    ]);
    const preview = previewImport(file, await store.list());
    expect(preview.rejected[0]?.errors.join()).toMatch(/title/);
    expect(canApply(preview)).toBe(false);
    expect(() => planImport(preview)).toThrow(/nothing was imported/);
    // Even a write list that slipped through is all or nothing.
    const keep = (await store.get('keep'))!;
    await expect(
      store.putMany([
        { template: { ...keep, body: 'Changed' }, base: keep.updatedAt },
        { template: { id: 'bad', title: '', body: '' } as never, base: null },
      ]),
    ).rejects.toThrow();
    expect((await store.list()).map((t) => [t.id, t.body])).toEqual([['keep', 'Original']]);
  });
});

describe('templates from version 1', () => {
  it('can be edited and deleted although they have no updatedAt', async () => {
    const name = `v1-${++n}`;
    const db = await openReplyGuardDB(name);
    await db.put('templates', { id: 'old', title: '旧模板', body: 'Hello' } as never);
    const store = new TemplateStore(() => openReplyGuardDB(name));
    const [old] = await store.list();
    expect(old?.updatedAt).toBe(0);
    const edited = await store.put({ ...old!, body: 'Hello again' }, old!.updatedAt);
    expect(edited.body).toBe('Hello again');
    await db.put('templates', { id: 'old2', title: '旧模板2', body: 'Hi' } as never);
    await store.delete('old2', 0);
    expect((await store.list()).map((t) => t.id)).toEqual(['old']);
  });
});

describe('IndexedDB', () => {
  it('does not remember a failed open: the next call opens', async () => {
    const real = indexedDB.open.bind(indexedDB);
    const spy = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    vi.useFakeTimers();
    const first = openReplyGuardDB(`fail-${++n}`);
    const failed = expect(first).rejects.toThrow(/disk full/);
    await vi.runAllTimersAsync();
    await failed;
    vi.useRealTimers();
    spy.mockImplementation(real);
    await expect(openReplyGuardDB(`fail-${n}`)).resolves.toBeDefined();
  });

  it('retries a transient failure', async () => {
    const real = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open')
      .mockImplementationOnce(() => {
        throw new DOMException('busy', 'UnknownError');
      })
      .mockImplementation(real);
    await expect(openReplyGuardDB(`retry-${++n}`)).resolves.toBeDefined();
  });

  it('explains a database written by a newer ReplyGuard (VersionError)', async () => {
    const name = `newer-${++n}`;
    (await openDB(name, DB_VERSION + 5)).close();
    await expect(openReplyGuardDB(name)).rejects.toThrow(/newer ReplyGuard/);
    await deleteDB(name);
    await expect(openReplyGuardDB(name)).resolves.toBeDefined();
  });

  it('moves version-1 accepted packs to the store by source and id', async () => {
    const name = `migrate-${++n}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('templates', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('packs', { keyPath: 'id' });
        db.createObjectStore('responses', { keyPath: 'key' });
      },
    });
    const record = {
      id: 'team',
      version: '1.0.0',
      sourceId: 'https://a.example/p.json',
      acceptedAt: 1,
      text: '{}',
    };
    await v1.put('packs', record);
    v1.close();
    const store = new RegistryStore(name);
    expect(await store.loadAccepted('https://a.example/p.json', 'team')).toEqual(record);
    expect((await openReplyGuardDB(name)).objectStoreNames.contains('packs' as never)).toBe(false);
  });
});

describe('storage items', () => {
  it('keep a value with invalid parts whole before the next write replaces it', async () => {
    const item = storedItem('test.list', z.array(z.number()), () => [], { version: 1 });
    await fakeBrowser.storage.local.set({ 'test.list': [1, 'two', 3] });
    expect(await item.get()).toEqual([1, 3]);
    await item.update((list) => [...list, 4]);
    expect(await item.get()).toEqual([1, 3, 4]);
    expect(
      (await fakeBrowser.storage.local.get(quarantineKey('test.list')))[quarantineKey('test.list')],
    ).toEqual([1, 'two', 3]);
  });

  it('keep a trusted value with invalid parts whole too', async () => {
    const store = new RegistryStore(`quarantine-${++n}`);
    const db = await openReplyGuardDB(`quarantine-${n}`);
    await db.put('state', { terms: ['a', 7], allow: [] }, 'rules.overrides');
    expect(await store.overrides.get()).toEqual({ terms: ['a'], allow: [] });
    await store.overrides.set({ terms: ['b'], allow: [] });
    expect(await db.get('state', quarantineKey('rules.overrides'))).toEqual({ terms: ['a', 7], allow: [] });
  });
});
