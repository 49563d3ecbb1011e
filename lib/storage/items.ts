/**
 * Every value ReplyGuard keeps in browser storage, defined once. Extension parts, components and content
 * features read and write through these items, never through raw keys. A read is checked field by field
 * and entry by entry (one bad entry is dropped with a logged reason, the rest stays); a missing value reads
 * as the fallback. To change a stored shape: bump the item's `version` and add a migration.
 * (IndexedDB, for templates, accepted packs and response history, is lib/storage/db.ts.)
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PortalId } from '@/lib/platforms';
import { OverridesSchema } from '@/lib/rules/overrides';
import { parseManagedPolicy } from '@/lib/rules/sync/policy';
import { type ManagedPolicy, SourceSchema, SourceStateSchema } from '@/lib/rules/sync/types';
import { OverrideCountSchema } from '@/lib/send-guard/override-count';
import { SettingsSchema } from '@/lib/settings/schema';
import { TrackedWaitSchema } from '@/lib/sla/alerts-plan';
import { SlaSettingsSchema } from '@/lib/sla/settings';
import { type Waiting, WaitingSchema } from '@/lib/sla/tracker';
import { type StoredItem, storedItem } from './stored-item';

/** The agent's preferences (language, switched-off sites, pause, template names). */
export const settings = /* @__PURE__ */ storedItem(
  'settings',
  SettingsSchema,
  () => SettingsSchema.parse({}),
  {
    version: 1,
  },
);

/** Reply-deadline badges, alerts and team targets. */
export const slaSettings = /* @__PURE__ */ storedItem(
  'sla.settings',
  SlaSettingsSchema,
  () => SlaSettingsSchema.parse({}),
  { version: 1 },
);

/**
 * What the background last published for content scripts: a digest of the packs and overrides in force
 * (content scripts then ask for their platform's packs by message; this value only says when) and when
 * the sync status last changed (the options page refreshes). It carries no authority: a content script
 * that wrote it would only make tabs ask again.
 */
export const rulesChanged = /* @__PURE__ */ storedItem(
  'rules.changed',
  z.object({ revision: z.string().default(''), at: z.number().default(0) }),
  () => ({ revision: '', at: 0 }),
  { version: 1 },
);

/*
 * Where rule sources, sync state and overrides lived before they moved to the background's IndexedDB
 * (lib/rules/registry-store.ts): content scripts could write storage.local, and these decide which packs
 * every tab enforces. Read once to move them, then removed. `rules.activePacks` is no longer published.
 */
export const legacyRuleOverrides = /* @__PURE__ */ storedItem(
  'rules.overrides',
  OverridesSchema,
  () => ({ terms: [], allow: [] }),
  { version: 1 },
);
export const legacyUserSources = /* @__PURE__ */ storedItem(
  'rules.sources',
  z.array(SourceSchema),
  () => [],
  {
    version: 1,
  },
);
export const legacySyncStates = /* @__PURE__ */ storedItem(
  'rules.syncState',
  z.record(z.string(), SourceStateSchema),
  () => ({}),
  { version: 1 },
);
export const legacyActivePacks = /* @__PURE__ */ storedItem('rules.activePacks', z.unknown(), () => null, {
  version: 1,
});

/** The waits the background's SLA alarms refer to (the worker may sleep between alarms). */
export const slaWaits = /* @__PURE__ */ storedItem(
  'sla.waits',
  z.record(z.string(), TrackedWaitSchema),
  () => ({}),
  { version: 1 },
);

/** How often the agent sent despite a blocking finding. */
export const overrideCount = /* @__PURE__ */ storedItem(
  'sendGuard.overrides',
  OverrideCountSchema,
  () => ({ count: 0, byPlatform: {} }),
  { version: 1 },
);

/** The starter template ids already offered, so an update adds only new ones. */
export const seededStarters = /* @__PURE__ */ storedItem(
  'templates.seededStarters',
  z.array(z.string()),
  () => [],
  { version: 1 },
);

/** The last starter-languages release applied to the installed starters (0: installed before it). */
export const starterLanguagesRelease = /* @__PURE__ */ storedItem(
  'templates.starterLanguagesRelease',
  z.number().int().min(0),
  () => 0,
  { version: 1 },
);

const memories = new Map<PortalId, StoredItem<Waiting[]>>();

/** The conversation tracker's memory per platform (survives reloads of the portal page). */
export function slaMemory(platform: PortalId): StoredItem<Waiting[]> {
  let item = memories.get(platform);
  if (!item) {
    item = storedItem(`sla.memory.${platform}`, z.array(WaitingSchema).max(5000), () => [], {
      version: 1,
    });
    memories.set(platform, item);
  }
  return item;
}

/**
 * Enterprise policy for rule-pack sources (storage.managed, read-only), read entry by entry and failing
 * closed (lib/rules/sync/policy.ts); the open defaults only when there is no policy at all.
 */
export const managedPolicy = {
  async get(): Promise<ManagedPolicy> {
    let raw: Record<string, unknown> | undefined;
    try {
      raw = await browser.storage.managed?.get(['sources', 'disableUserSources', 'allowUserOverrides']);
    } catch {
      // No managed storage here (Firefox without policies.json): no policy, the open default.
      raw = undefined;
    }
    const policy = parseManagedPolicy(raw && Object.keys(raw).length ? raw : undefined);
    for (const error of policy.errors) console.warn(`[ReplyGuard] managed policy: ${error}`);
    return policy;
  },
  /** Calls `listener` when the policy changes (no-op where there is no managed storage). */
  watch(listener: () => void): void {
    try {
      browser.storage.managed?.onChanged?.addListener(listener);
    } catch {
      // No managed storage here (Firefox without policies): nothing to follow.
    }
  },
};
