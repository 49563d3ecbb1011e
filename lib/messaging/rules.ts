import { z } from 'zod';
import { PLATFORM_IDS } from '@/lib/platforms';
import { OverridesSchema } from '@/lib/rules/overrides';
import { PackWireSchema } from '@/lib/rules/pack-wire';
import { RulesStatusSchema } from '@/lib/rules/registry-status';
import { TemplateSchema } from '@/lib/templates/schema';
import { defineMessage } from './define';

/** Options page → background: rule sources, sync status and local overrides. */
export const GetRulesStatus = defineMessage('rules.status', z.object({}), RulesStatusSchema);

export const AddRuleSource = defineMessage(
  'rules.addSource',
  z.object({ url: z.string().min(1), publicKey: z.string().min(1), enabled: z.boolean().optional() }),
  RulesStatusSchema,
);

export const RemoveRuleSource = defineMessage(
  'rules.removeSource',
  z.object({ id: z.string() }),
  RulesStatusSchema,
);

export const SetRuleSourceEnabled = defineMessage(
  'rules.setSourceEnabled',
  z.object({ id: z.string(), enabled: z.boolean() }),
  RulesStatusSchema,
);

/** Checks now (one source, or all enabled ones), ignoring the schedule but not the minimum gap. */
export const CheckRulesNow = defineMessage(
  'rules.checkNow',
  z.object({ id: z.string().optional() }),
  RulesStatusSchema,
);

export const GetRuleOverrides = defineMessage('rules.getOverrides', z.object({}), OverridesSchema);
export const SetRuleOverrides = defineMessage('rules.setOverrides', OverridesSchema, OverridesSchema);

/**
 * Content → background: the packs in force for the sender's platform (in order) and the overrides. A
 * content script gets its own platform's (from its URL); an extension page may name one. Content scripts
 * ask at start and whenever `rulesChanged` says a new revision was published.
 */
export const GetActiveRules = defineMessage(
  'rules.active',
  z.object({ platform: z.enum(PLATFORM_IDS).optional() }),
  z.object({ revision: z.string(), packs: z.array(PackWireSchema), overrides: OverridesSchema }),
  'content',
);

/** The read-only team template library carried by the packs in force (for the templates feature). */
export const GetTeamTemplates = defineMessage('rules.teamTemplates', z.object({}), z.array(TemplateSchema));
