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
import { PackSchema } from '@/lib/rules/pack-schema';
import {
  type ManagedPolicy,
  ManagedPolicySchema,
  SourceSchema,
  SourceStateSchema,
} from '@/lib/rules/sync/types';
import { OverrideCountSchema } from '@/lib/send-guard/override-count';
import { SettingsSchema } from '@/lib/settings/schema';
import { TrackedWaitSchema } from '@/lib/sla/alerts-plan';
import { SlaSettingsSchema } from '@/lib/sla/settings';
import { type Waiting, WaitingSchema } from '@/lib/sla/tracker';
import { type DropReport, parseLenient } from './lenient';
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

/** The packs in force, by pack id, published by the background for content scripts. */
export const activePacks = /* @__PURE__ */ storedItem(
  'rules.activePacks',
  z.record(z.string(), PackSchema),
  () => ({}),
  { version: 1 },
);

/** The agent's or team's extra terms and allow-list. */
export const ruleOverrides = /* @__PURE__ */ storedItem(
  'rules.overrides',
  OverridesSchema,
  () => ({ terms: [], allow: [] }),
  { version: 1 },
);

/** Rule-pack sources added in options. */
export const userSources = /* @__PURE__ */ storedItem('rules.sources', z.array(SourceSchema), () => [], {
  version: 1,
});

/** Per-source sync state (validators, schedule, errors, per-pack rows). */
export const syncStates = /* @__PURE__ */ storedItem(
  'rules.syncState',
  z.record(z.string(), SourceStateSchema),
  () => ({}),
  { version: 1 },
);

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
 * Enterprise policy for rule-pack sources (storage.managed, read-only); the defaults when there is none
 * (Firefox without policies, tests) or it cannot be read.
 */
export const managedPolicy = {
  async get(): Promise<ManagedPolicy> {
    try {
      const managed = browser.storage.managed;
      if (!managed) return ManagedPolicySchema.parse({});
      const raw = await managed.get(['sources', 'disableUserSources']);
      const report: DropReport = (path, reason) =>
        console.warn(`[ReplyGuard] managed policy ${path} dropped: ${reason}`);
      const parsed = parseLenient(ManagedPolicySchema, raw ?? {}, report);
      return parsed.ok ? (parsed.value as ManagedPolicy) : ManagedPolicySchema.parse({});
    } catch {
      return ManagedPolicySchema.parse({});
    }
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
