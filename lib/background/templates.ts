import { browser } from 'wxt/browser';
import type { From, MessageRouter } from '@/lib/messaging/define';
import {
  DeleteTemplate,
  GetTemplate,
  ImportTemplates,
  ListTemplates,
  PutTemplate,
  RecordTemplateUse,
  RestoreStarterTemplates,
} from '@/lib/messaging/templates';
import { RulesRegistry } from '@/lib/rules/registry';
import { seededStarters, starterLanguagesRelease } from '@/lib/storage/items';
import { titlePinyin } from '@/lib/templates/pinyin';
import { appliesTo, isReadOnly, type Template } from '@/lib/templates/schema';
import { buildSearchIndex, searchTemplates } from '@/lib/templates/search';
import { starterTemplates } from '@/lib/templates/starter';
import { STARTER_LANGUAGES_RELEASE, upgradeStarter } from '@/lib/templates/starter-upgrade';
import { TemplateStore } from '@/lib/templates/store';

export interface TemplatesDeps {
  store?: TemplateStore;
  /** Read-only team templates (default: from the packs in force). */
  loadTeamTemplates?: () => Promise<Template[]>;
  now?: () => number;
}

/** The most templates a content script gets in one list. */
const CONTENT_LIMIT = 1000;

/** Seeds starters on install; on update adds only starters this version introduced. */
export async function seedStarters(store: TemplateStore, update: boolean): Promise<number> {
  // The starter ids already offered: an update adds only new ones (deleted ones stay deleted).
  const known = await seededStarters.get();
  // Before this key existed every starter was offered at install time.
  const skip = new Set(update && known.length === 0 ? starterTemplates().map((t) => t.id) : known);
  const added = await store.seedStarter(skip);
  const ids = new Set([...known, ...starterTemplates().map((t) => t.id)]);
  await seededStarters.set([...ids]);
  // A fresh install seeds starters with every language; an update from an older release adds them once.
  if (update && (await starterLanguagesRelease.get()) < STARTER_LANGUAGES_RELEASE)
    await upgradeStarters(store);
  await starterLanguagesRelease.set(STARTER_LANGUAGES_RELEASE);
  return added;
}

/** Installed starters gain the languages and keywords this release brings; the agent's words stay. */
export async function upgradeStarters(store: TemplateStore): Promise<number> {
  let upgraded = 0;
  for (const current of starterTemplates()) {
    const stored = await store.get(current.id);
    const next = stored && upgradeStarter(stored, current);
    if (!next || !stored) continue;
    try {
      await store.put(next, stored.updatedAt);
      upgraded++;
    } catch {
      // edited in an options tab meanwhile: the agent's version stays
    }
  }
  return upgraded;
}

/** Template messages for content scripts and the options page; seeds the starter library on install. */
export function registerTemplates(router: MessageRouter, deps: TemplatesDeps = {}): void {
  const store = deps.store ?? new TemplateStore();
  const loadTeam = deps.loadTeamTemplates ?? (() => new RulesRegistry().teamTemplates());
  const now = deps.now ?? Date.now;

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void seedStarters(store, reason === 'update');
  });

  const all = async () => [...(await store.list()), ...(await loadTeam())];
  /** A template by id, if the sender may see it: a content script only its own platform's. */
  const inScope = async (id: string, from: From): Promise<Template | undefined> => {
    const template = id.startsWith('team:')
      ? (await loadTeam()).find((t) => t.id === id)
      : await store.get(id);
    if (template && from.kind === 'content' && !appliesTo(template, from.platform)) return undefined;
    return template;
  };

  router
    .on(ListTemplates, async ({ platform, query, limit }, from) => {
      if (from.kind === 'content') {
        if (platform !== from.platform)
          throw new Error(`a ${from.platform} page lists its own templates only`);
        limit = Math.min(limit ?? CONTENT_LIMIT, CONTENT_LIMIT);
      }
      const templates = await all();
      const listed =
        !platform && !query
          ? limit
            ? templates.slice(0, limit)
            : templates
          : searchTemplates(buildSearchIndex(templates, titlePinyin), query ?? '', {
              platform,
              limit,
              now: now(),
            }).map((hit) => hit.template);
      return { templates: listed, pinyin: Object.fromEntries(listed.map((t) => [t.id, titlePinyin(t)])) };
    })
    .on(GetTemplate, async ({ id }, from) => ({ template: (await inScope(id, from)) ?? null }))
    .on(RecordTemplateUse, async ({ id }, from) => {
      const template = await inScope(id, from);
      if (!template || isReadOnly(template)) return { recorded: false };
      return { recorded: (await store.recordUse(id)) !== undefined };
    })
    .on(PutTemplate, async ({ template, base }) => ({ template: await store.put(template, base) }))
    .on(DeleteTemplate, async ({ id, base }) => {
      await store.delete(id, base);
      return {};
    })
    .on(ImportTemplates, async ({ writes }) => ({ count: (await store.putMany(writes)).length }))
    .on(RestoreStarterTemplates, async () => ({ added: await store.seedStarter() }));
}
