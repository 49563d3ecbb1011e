import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { z } from 'zod';
import { settings, slaWaits, legacyUserSources as userSources } from '@/lib/storage/items';
import { parseLenient } from '@/lib/storage/lenient';
import { storedItem } from '@/lib/storage/stored-item';

const wait = (id: string) => ({
  tabId: 1,
  platform: 'shopee',
  id,
  receivedAt: 1,
  deadline: 2,
  notified: [],
});

describe('lenient parsing', () => {
  it('keeps a valid value as it is and reports nothing', () => {
    const report = vi.fn();
    const schema = z.object({ a: z.array(z.number()).default([]) });
    expect(parseLenient(schema, { a: [1, 2] }, report)).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(report).not.toHaveBeenCalled();
  });

  it('drops only the bad entries of lists and records, each with its path and reason', () => {
    const report = vi.fn();
    const schema = z.object({
      list: z.array(z.string()).default([]),
      byId: z.record(z.string(), z.object({ n: z.number() })).default({}),
    });
    const parsed = parseLenient(
      schema,
      { list: ['a', 2, 'b'], byId: { x: { n: 1 }, y: { n: 'no' } } },
      report,
    );
    expect(parsed).toEqual({ ok: true, value: { list: ['a', 'b'], byId: { x: { n: 1 } } } });
    expect(report.mock.calls.map(([path]) => path)).toEqual(['list.1', 'byId.y']);
    expect(report.mock.calls[0]?.[1]).toMatch(/string/);
  });

  it('resets a bad field to its default, and fails an object that loses a required field', () => {
    const report = vi.fn();
    const schema = z.object({ on: z.boolean().default(true), name: z.string() });
    expect(parseLenient(schema, { on: 'yes', name: 'x' }, report)).toEqual({
      ok: true,
      value: { on: true, name: 'x' },
    });
    expect(parseLenient(schema, { on: true, name: 3 }, report).ok).toBe(false);
  });

  it('drops record entries under keys the schema does not allow', () => {
    const report = vi.fn();
    const schema = z.partialRecord(z.enum(['shopee', 'walmart']), z.number());
    expect(parseLenient(schema, { shopee: 1, nowhere: 2 }, report)).toEqual({
      ok: true,
      value: { shopee: 1 },
    });
  });
});

describe('stored items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('reads a missing value as the fallback and keeps the storage key', async () => {
    expect(await settings.get()).toMatchObject({ uiLocale: 'auto', disabledHosts: [], pausedUntil: 0 });
    await settings.update((current) => ({ ...current, pausedUntil: 5 }));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ pausedUntil: 5 });
  });

  it('drops one invalid entry of a stored list or record, not the whole value, and logs why', async () => {
    await fakeBrowser.storage.local.set({
      [slaWaits.key]: { a: wait('a'), b: { ...wait('b'), deadline: 'soon' } },
    });
    expect(Object.keys(await slaWaits.get())).toEqual(['a']);
    const source = { id: 'https://x.example/p.json', url: 'https://x.example/p.json', publicKey: 'k' };
    await fakeBrowser.storage.local.set({
      [userSources.key]: [source, { id: 'http://evil', url: 'http://evil' }],
    });
    expect((await userSources.get()).map((s) => s.id)).toEqual([source.id]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/stored sla\.waits\.b dropped/));
    await fakeBrowser.storage.local.set({
      [settings.key]: { disabledHosts: ['a.example', 7], pausedUntil: 'x' },
    });
    expect(await settings.get()).toMatchObject({ disabledHosts: ['a.example'], pausedUntil: 0 });
  });

  it('refuses to write a value its schema rejects', async () => {
    await expect(userSources.set([{ id: 'x', url: 'ftp://x', publicKey: 'k' } as never])).rejects.toThrow();
  });

  it('tells watchers each new value until their signal aborts', async () => {
    const seen: number[] = [];
    const stop = new AbortController();
    settings.watch((value) => seen.push(value.pausedUntil), stop.signal);
    await settings.update((current) => ({ ...current, pausedUntil: 1 }));
    await vi.waitFor(() => expect(seen).toEqual([1]));
    stop.abort();
    await settings.update((current) => ({ ...current, pausedUntil: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([1]);
  });

  it('migrates a value stored by an older version once, through WXT versioned items', async () => {
    await fakeBrowser.storage.local.set({ 'test.names': 'a,b' });
    const names = storedItem('test.names', z.array(z.string()), () => [], {
      version: 2,
      migrations: { 2: (old) => String(old).split(',') },
    });
    expect(await names.get()).toEqual(['a', 'b']);
    expect((await fakeBrowser.storage.local.get('test.names$'))['test.names$']).toEqual({ v: 2 });
  });
});
