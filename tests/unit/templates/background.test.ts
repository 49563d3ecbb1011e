import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerTemplates, seedStarters, upgradeStarters } from '@/lib/background/templates';
import { MessageRouter } from '@/lib/messaging/define';
import { PackSchema } from '@/lib/rules/pack-schema';
import { openReplyGuardDB } from '@/lib/storage/db';
import { seededStarters } from '@/lib/storage/items';
import { starterTemplates } from '@/lib/templates/starter';
import { TemplateStore } from '@/lib/templates/store';
import { teamTemplates } from '@/lib/templates/team';
import { EXTENSION_SENDER } from '@/tests/support/senders';

let n = 0;
let router: MessageRouter;
let store: TemplateStore;
const send = (type: string, payload: unknown) =>
  router.handle({ type, payload }, EXTENSION_SENDER) as Promise<unknown>;

const teamPack = {
  format: 1,
  id: 'team-acme',
  platform: 'common',
  version: '1.0.0',
  rules: [],
  templates: [{ id: 'hi', title: '团队问候', body: 'Hello from the team', platforms: ['shopee'] }],
};

beforeEach(async () => {
  fakeBrowser.reset();
  router = new MessageRouter();
  const name = `bg-test-${++n}`;
  store = new TemplateStore(() => openReplyGuardDB(name));
  registerTemplates(router, {
    store,
    now: () => Date.UTC(2026, 0, 1),
    loadTeamTemplates: async () => teamTemplates([PackSchema.parse(teamPack)]),
  });
});

describe('template messages', () => {
  it('seeds the starter library on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect.poll(async () => (await store.list()).length).toBe(starterTemplates().length);
  });

  it('on update adds only starters new in this version; deleted ones stay deleted', async () => {
    const ids = starterTemplates().map((t) => t.id);
    expect(await seedStarters(store, false)).toBe(ids.length);
    const first = (await store.get(ids[0]!))!;
    await store.delete(first.id, first.updatedAt);
    expect(await seedStarters(store, true)).toBe(0);
    // A version that introduces a starter the agent never saw: it is added.
    await fakeBrowser.storage.local.set({ [seededStarters.key]: ids.slice(0, -1) });
    const last = (await store.get(ids.at(-1)!))!;
    await store.delete(last.id, last.updatedAt);
    expect(await seedStarters(store, true)).toBe(1);
    expect(await store.get(ids[0]!)).toBeUndefined();
  });

  it('lists, searches by platform, and includes read-only team templates', async () => {
    await store.seedStarter();
    const all = (await send('templates.list', {})) as { ok: true; value: { templates: { id: string }[] } };
    expect(all.value.templates).toHaveLength(starterTemplates().length + 1);
    const onShopee = (await send('templates.list', { platform: 'shopee', query: '团队' })) as typeof all;
    expect(onShopee.value.templates.map((t) => t.id)).toEqual(['team:team-acme:hi']);
    const onWalmart = (await send('templates.list', { platform: 'walmart', query: '团队' })) as typeof all;
    expect(onWalmart.value.templates).toEqual([]);
    expect(await send('templates.get', { id: 'team:team-acme:hi' })).toMatchObject({
      ok: true,
      value: { template: { source: 'team:team-acme' } },
    });
  });

  it('creates, records use, and refuses stale edits with a Conflict error', async () => {
    const created = (await send('templates.put', {
      template: { id: 'mine', title: '我的', body: 'Mine' },
      base: null,
    })) as { ok: true; value: { template: { updatedAt: number } } };
    expect(created.ok).toBe(true);
    const base = created.value.template.updatedAt;
    expect(await send('templates.recordUse', { id: 'mine' })).toEqual({
      ok: true,
      value: { recorded: true },
    });
    expect(await send('templates.recordUse', { id: 'team:team-acme:hi' })).toEqual({
      ok: true,
      value: { recorded: false },
    });
    await send('templates.put', { template: { id: 'mine', title: '我的', body: 'v2' }, base });
    const stale = (await send('templates.put', {
      template: { id: 'mine', title: '我的', body: 'v3' },
      base,
    })) as { ok: false; error: string };
    expect(stale.ok).toBe(false);
    expect(stale.error).toMatch(/^Conflict:/);
  });

  it('rejects invalid payloads', async () => {
    const bad = (await send('templates.put', { template: { id: 'x' }, base: null })) as { ok: boolean };
    expect(bad.ok).toBe(false);
    const team = (await send('templates.import', {
      writes: [{ template: { id: 'x', title: 't', body: 'b', source: 'team:acme' }, base: null }],
    })) as { ok: false; error: string };
    expect(team.error).toMatch(/read-only/);
  });
});

describe('starters installed by an earlier release (es/pt bodies only)', () => {
  const greetingZh =
    '您好 {buyer_name}，欢迎光临 {shop_name}，我是客服 {agent_name}，很高兴为您服务。{cursor}';
  const greeting = () => starterTemplates().find((t) => t.id === 'starter.greeting')!;
  const checking = () => starterTemplates().find((t) => t.id === 'starter.checking')!;

  beforeEach(async () => {
    // greeting as that release shipped it, with the agent's own Spanish and its Portuguese deleted;
    // checking with the English body rewritten by the agent.
    await store.put({ ...greeting(), variants: { es: 'Hola (mine)' }, keywords: undefined }, null);
    await store.put({ ...checking(), body: 'My own words', variants: {}, keywords: undefined }, null);
  });

  it("gain the new languages and keywords; the agent's bodies, deletions and rewrites stay", async () => {
    expect(await upgradeStarters(store)).toBe(1);
    const upgraded = (await store.get('starter.greeting'))!;
    expect(upgraded.variants.es).toBe('Hola (mine)');
    expect(upgraded.variants.pt).toBeUndefined();
    expect(upgraded.variants['zh-Hans']).toBe(greetingZh);
    expect(upgraded.keywords?.length).toBeGreaterThan(0);
    const rewritten = (await store.get('starter.checking'))!;
    expect(rewritten.body).toBe('My own words');
    expect(rewritten.variants).toEqual({});
    expect(await upgradeStarters(store)).toBe(0);
  });

  it('are upgraded by one update only: a language deleted afterwards stays deleted', async () => {
    await seedStarters(store, true);
    const upgraded = (await store.get('starter.greeting'))!;
    expect(upgraded.variants['zh-Hans']).toBe(greetingZh);
    const { 'zh-Hans': _deleted, ...rest } = upgraded.variants;
    await store.put({ ...upgraded, variants: rest }, upgraded.updatedAt);
    await seedStarters(store, true);
    expect((await store.get('starter.greeting'))!.variants['zh-Hans']).toBeUndefined();
  });

  it('are not touched after a fresh install of this release', async () => {
    await seedStarters(store, false);
    await seedStarters(store, true);
    expect((await store.get('starter.greeting'))!.variants).toEqual({ es: 'Hola (mine)' });
  });
});
