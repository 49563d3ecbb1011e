// Every message is answered only for the senders it allows (issue #12, item 2), and nothing a content
// script can write to storage changes which packs other tabs enforce.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerPopup } from '@/lib/background/popup';
import { registerRulesSync } from '@/lib/background/rules-sync';
import { registerSla } from '@/lib/background/sla-alerts';
import { registerTemplates } from '@/lib/background/templates';
import * as buyer from '@/lib/messaging/buyer';
import * as core from '@/lib/messaging/core';
import { type MessageDef, MessageRouter, type Sender } from '@/lib/messaging/define';
import * as pageRules from '@/lib/messaging/page-rules';
import * as popup from '@/lib/messaging/popup';
import * as rules from '@/lib/messaging/rules';
import * as sla from '@/lib/messaging/sla';
import * as templates from '@/lib/messaging/templates';
import { RulesRegistry } from '@/lib/rules/registry';
import { RegistryStore } from '@/lib/rules/registry-store';
import { openReplyGuardDB } from '@/lib/storage/db';
import { TemplateSchema } from '@/lib/templates/schema';
import { TemplateStore } from '@/lib/templates/store';
import { contentSender, EXTENSION_SENDER } from '@/tests/support/senders';
import { makeSigner } from '@/tests/unit/rules-sync/helpers';

const SHOPEE = 'https://seller.shopee.cn/webchat/conversations';
const defs = [buyer, core, pageRules, popup, rules, sla, templates].flatMap((module) =>
  Object.values(module).filter(
    (value): value is MessageDef<never, never> => !!value && typeof value === 'object' && 'senders' in value,
  ),
);

let n = 0;
let router: MessageRouter;
let registry: RulesRegistry;
let store: TemplateStore;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const db = `senders-${++n}`;
  router = new MessageRouter();
  registry = registerRulesSync(router, new RulesRegistry({ store: new RegistryStore(db) }));
  store = new TemplateStore(() => openReplyGuardDB(db));
  registerTemplates(router, { store, loadTeamTemplates: async () => [] });
  registerSla(router);
  registerPopup(router);
  await store.put(TemplateSchema.parse({ id: 'all', title: '通用', body: 'Hi' }), null);
  await store.put(
    TemplateSchema.parse({ id: 'wm', title: '沃尔玛', body: 'W', platforms: ['walmart'] }),
    null,
  );
});

type Answer = { ok: boolean; value?: unknown; error?: string };
const send = (type: string, payload: unknown, sender: Sender) =>
  router.handle({ type, payload }, sender) as Promise<Answer>;
const refused = (answer: Answer) => !answer.ok && /not allowed from this sender/.test(answer.error ?? '');

describe('sender policy', () => {
  it('lets a content script send only what its page needs', () => {
    expect(
      defs
        .filter((def) => def.senders === 'content')
        .map((def) => def.type)
        .sort(),
    ).toEqual([
      'buyer.holidays',
      'core.commands',
      'popup.reportCounts',
      'rules.active',
      'rules.page',
      'sla.report',
      'templates.get',
      'templates.list',
      'templates.recordUse',
    ]);
  });

  it('refuses every other message from a content script, and every message from a page that is not ours', async () => {
    const extensionOnly = defs.filter((def) => def.senders === 'extension').map((def) => def.type);
    for (const type of [
      'rules.addSource',
      'rules.removeSource',
      'rules.setOverrides',
      'rules.checkNow',
      'rules.status',
      'templates.put',
      'templates.delete',
      'templates.import',
      'templates.restoreStarter',
    ]) {
      expect(extensionOnly).toContain(type);
      expect(refused(await send(type, {}, contentSender(SHOPEE)))).toBe(true);
    }
    for (const url of [
      'http://seller.shopee.cn/webchat',
      'https://evil.example/',
      'chrome-extension://other/x.html',
    ]) {
      expect(refused(await send('templates.list', { platform: 'shopee' }, contentSender(url)))).toBe(true);
    }
    expect(refused(await send('rules.status', {}, { ...EXTENSION_SENDER, id: 'other-extension' }))).toBe(
      true,
    );
  });

  it('answers our pages, also when opened in a tab (the dashboard)', async () => {
    const inTab = {
      ...EXTENSION_SENDER,
      url: 'chrome-extension://test-extension-id/dashboard.html',
      tab: { id: 3 },
    };
    expect((await send('rules.status', {}, inTab)).ok).toBe(true);
    expect((await send('templates.list', {}, EXTENSION_SENDER)).ok).toBe(true);
  });

  it('gives a content script its own platform’s templates only', async () => {
    const list = await send('templates.list', { platform: 'shopee', limit: 5000 }, contentSender(SHOPEE));
    expect((list.value as { templates: { id: string }[] }).templates.map((t) => t.id)).not.toContain('wm');
    expect((await send('templates.list', { platform: 'walmart' }, contentSender(SHOPEE))).ok).toBe(false);
    expect((await send('templates.list', {}, contentSender(SHOPEE))).ok).toBe(false);
    expect(await send('templates.get', { id: 'wm' }, contentSender(SHOPEE))).toEqual({
      ok: true,
      value: { template: null },
    });
    expect(await send('templates.recordUse', { id: 'wm' }, contentSender(SHOPEE))).toEqual({
      ok: true,
      value: { recorded: false },
    });
    expect((await store.get('wm'))?.usageCount).toBe(0);
  });

  it('refuses waits reported for another platform than the page’s', async () => {
    const report = { platform: 'walmart', timeZone: 'UTC', waiting: [], answered: [] };
    expect((await send('sla.report', report, contentSender(SHOPEE))).ok).toBe(false);
    expect((await send('sla.report', { ...report, platform: 'shopee' }, contentSender(SHOPEE))).ok).toBe(
      true,
    );
  });
});

describe('what a content script can write', () => {
  it('does not change the sources, overrides or packs in force', async () => {
    const before = await send('rules.active', {}, contentSender(SHOPEE));
    const { publicKey } = await makeSigner();
    // Everything a compromised content script could put in storage.local, under the keys once trusted.
    await fakeBrowser.storage.local.set({
      'rules.sources': [{ id: 'https://evil.example/p.json', url: 'https://evil.example/p.json', publicKey }],
      'rules.activePacks': {
        common: { format: 1, id: 'common', platform: 'common', version: '99.0.0', rules: [] },
      },
      'rules.overrides': { terms: [], allow: ['WhatsApp', '微信'] },
      'rules.syncState': {},
      'rules.changed': { revision: 'forged', at: 1 },
    });
    expect((await registry.status()).sources).toEqual([]);
    const after = await send('rules.active', {}, contentSender(SHOPEE));
    expect(after).toEqual(before);
    expect((after.value as { overrides: { allow: string[] } }).overrides.allow).toEqual([]);
  });
});

describe('the page rules a content script gets', () => {
  it("are its own platform's packs in force, each reduced to selectors and reply policy, same revision", async () => {
    const whole = await send('rules.active', {}, contentSender(SHOPEE));
    const page = await send('rules.page', {}, contentSender(SHOPEE));
    const packs = (whole.value as { packs: Array<{ id: string; reply?: unknown; selectors?: unknown }> })
      .packs;
    expect(page.value).toEqual({
      revision: (whole.value as { revision: string }).revision,
      packs: packs.map(({ id, reply, selectors }) => expect.objectContaining({ id, reply, selectors })),
    });
    expect(JSON.stringify(page.value)).not.toContain('"rules"');
    expect(packs.map((pack) => pack.id)).toEqual(['common', 'shopee']);
  });
});

describe('the background messaging a tab', () => {
  it('counts as our extension also when the browser gives no URL, never a sender without our id', async () => {
    const { classifySender } = await import('@/lib/messaging/sender');
    const own = 'chrome-extension://test-extension-id/';
    expect(classifySender({ id: 'test-extension-id' }, 'test-extension-id', own)).toEqual({
      kind: 'extension',
    });
    expect(classifySender({ id: 'test-extension-id', tab: { id: 1 } }, 'test-extension-id', own).kind).toBe(
      'unknown',
    );
    expect(classifySender({}, 'test-extension-id', own).kind).toBe('unknown');
  });
});
