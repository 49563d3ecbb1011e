import { browser } from 'wxt/browser';
import type { MessageRouter } from '@/lib/messaging/define';
import { GetPageRules } from '@/lib/messaging/page-rules';
import {
  AddRuleSource,
  CheckRulesNow,
  GetActiveRules,
  GetRuleOverrides,
  GetRulesStatus,
  GetTeamTemplates,
  RemoveRuleSource,
  SetRuleOverrides,
  SetRuleSourceEnabled,
} from '@/lib/messaging/rules';
import { pagePack } from '@/lib/rules/page-pack';
import { RulesRegistry } from '@/lib/rules/registry';
import { managedPolicy } from '@/lib/storage/items';

export const RULES_SYNC_ALARM = 'rules-sync';
/** The alarm only wakes the worker; each source's own schedule (interval, backoff) decides what is fetched. */
const ALARM_PERIOD_MINUTES = 15;

/** Wires the rule-pack registry: messages, periodic alarm, install/startup sync, policy changes. */
export function registerRulesSync(router: MessageRouter, registry = new RulesRegistry()): RulesRegistry {
  const syncDue = () => {
    void registry.sync().catch((error: unknown) => console.warn('ReplyGuard rules sync failed', error));
  };

  router
    .on(GetRulesStatus, () => registry.status())
    .on(AddRuleSource, async (input) => {
      const source = await registry.addSource(input);
      if (source.enabled) await registry.sync({ force: true, sourceId: source.id });
      return registry.status();
    })
    .on(RemoveRuleSource, async ({ id }) => {
      await registry.removeSource(id);
      return registry.status();
    })
    .on(SetRuleSourceEnabled, async ({ id, enabled }) => {
      await registry.setSourceEnabled(id, enabled);
      if (enabled) await registry.sync({ force: true, sourceId: id });
      return registry.status();
    })
    .on(CheckRulesNow, async ({ id }) => {
      await registry.sync({ force: true, sourceId: id });
      return registry.status();
    })
    .on(GetRuleOverrides, () => registry.getOverrides())
    .on(SetRuleOverrides, (overrides) => registry.setOverrides(overrides))
    .on(GetTeamTemplates, () => registry.teamTemplates())
    .on(GetActiveRules, ({ platform }, from) =>
      registry.rulesFor(from.kind === 'content' ? from.platform : (platform ?? 'generic')),
    )
    .on(GetPageRules, async (_, from) => {
      const { revision, packs } = await registry.rulesFor(
        from.kind === 'content' ? from.platform : 'generic',
      );
      return { revision, packs: packs.map(pagePack) };
    });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RULES_SYNC_ALARM) syncDue();
  });
  const start = () => {
    void browser.alarms.create(RULES_SYNC_ALARM, {
      delayInMinutes: 1,
      periodInMinutes: ALARM_PERIOD_MINUTES,
    });
    syncDue(); // publishes too: an extension update may ship newer bundled packs
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  managedPolicy.watch(syncDue);
  return registry;
}
