import { z } from 'zod';
import { RuleOverrideSchema, RuleSchema } from '@/lib/detect/rule-schema';
import { SEVERITIES } from '@/lib/detect/types';
import { PLATFORM_IDS } from '@/lib/platforms';
import { SelectorsSchema } from '@/lib/portals/selectors';
import { ReplyPolicySchema } from '@/lib/sla/policy-schema';
import { TemplateSchema } from '@/lib/templates/schema';
import { refineLimits } from './limits';
import { PACK_FORMAT } from './pack-wire';

/** A rule pack: data only, one per platform plus `common`, within PACK_LIMITS (lib/rules/limits.ts). */
export const PackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    platform: z.union([z.literal('common'), z.enum(PLATFORM_IDS)]),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is MAJOR.MINOR.PATCH'),
    name: z.string().optional(),
    /** The platform's own domains: links to them are not contact.url. */
    ownDomains: z.array(z.string()).optional(),
    /** ISO 3166 regions whose phone numbers the phone detector validates. */
    markets: z.array(z.string().length(2)).optional(),
    /**
     * The platform's id formats (RE2, matched against a whole digit run as written): order, item and coupon
     * numbers that look like phone numbers but are not (eBay's 12-34567-89012).
     */
    idFormats: z.array(z.string().min(1)).optional(),
    /** Words that look like a violation but are allowed everywhere in this pack's scope. */
    allow: z.array(z.string().min(1)).optional(),
    rules: z.array(RuleSchema),
    /**
     * Severities this pack gives rules of packs loaded before it, by rule id: a word family is kept once in
     * `common` at warn, and the platform whose law fines it raises it to block ({"common.ad.absolute": "block"}).
     */
    severities: z.record(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/), z.enum(SEVERITIES)).optional(),
    /**
     * What this pack changes in rules of packs loaded before it, by rule id: a vocabulary kept once in
     * `common` (common.order.cancel) speaks of this platform's policy, at this platform's severity. The
     * general form of `severities`, which stays valid (an override's severity wins over it).
     */
    overrides: z.record(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/), RuleOverrideSchema).optional(),
    reply: ReplyPolicySchema.optional(),
    selectors: SelectorsSchema.optional(),
    templates: z.array(TemplateSchema).optional(),
  })
  .superRefine((pack, ctx) => {
    refineLimits(pack, ctx);
    const seen = new Set<string>();
    for (const rule of pack.rules) {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${rule.id}` });
      seen.add(rule.id);
    }
  });
export type Pack = z.infer<typeof PackSchema>;
