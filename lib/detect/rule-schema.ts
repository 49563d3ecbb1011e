import { z } from 'zod';
import { LocalizedSchema } from './localized';
import { isSoundTerm } from './sound';
import { CATEGORIES, SEVERITIES } from './types';

/**
 * Two word families that together make the violation (a rating and a reward): a word of each within `within`
 * units in one clause fires (lib/detect/near.ts). A word ending in `*` matches as a word's beginning.
 * `aPatterns`/`bPatterns` add RE2 patterns to a side (an amount given back: `send $5 back`, `hoan lai 15k`).
 * `scope: 'message'` lets the two sides sit in different sentences of one reply, up to 400 units apart.
 * `unless`: words that, in the pair's clause, say it is something else (the platform refunds, at checkout).
 */
export const NearSchema = z
  .object({
    a: z.array(z.string().min(1)).min(1),
    b: z.array(z.string().min(1)).min(1),
    aPatterns: z.array(z.string().min(1)).optional(),
    bPatterns: z.array(z.string().min(1)).optional(),
    unless: z.array(z.string().min(1)).optional(),
    within: z.number().int().min(0).max(400).optional(),
    /** The a-word comes first. */
    ordered: z.boolean().optional(),
    scope: z.enum(['clause', 'message']).optional(),
  })
  .refine((f) => (f.within ?? 0) <= 80 || f.scope === 'message', 'within is at most 80 inside one clause');

/** One rule of a pack. Owned by the detection engine (lib/detect). */
export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'rule ids are lower-case, dotted'),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  /** Literal terms, matched on normalised text. */
  terms: z.array(z.string().min(1)).optional(),
  /**
   * Terms matched by sound (toneless pinyin): "微信" also matches 薇信, 威信, 维心, 微芯. Written in Han
   * characters (or pinyin syllables for the im detector's apps). A match by sound fires only in context:
   * for the im rule it is a weak app name (it needs a contact verb or a handle); for other rules the text
   * is read again with the term's own spelling in its place, so the rule's patterns supply the context.
   */
  sounds: z
    .array(z.string().min(1).refine(isSoundTerm, 'a sound term needs a Han character or a pinyin syllable'))
    .optional(),
  /**
   * Words that count when spelled letter by letter (`n.g.u`, `b-o-d-o`, `d u m b`: lib/detect/spelled.ts),
   * even where the plain word is too ambiguous to list; a rule with this field also reads its own
   * single-word terms spelled out.
   */
  spelled: z.array(z.string().min(1)).optional(),
  /**
   * The rule's Han terms are also declared by sound (as if listed in `sounds`), so pinyin mixed into
   * them (zui好的, 顶jí, 全wang最低), their pinyin initials glued to Han (zhd面料, dy品牌: lib/detect/
   * initials.ts) and homophones of three characters or more (嘴好的, 醉低价) are read as the term.
   */
  termsBySound: z.boolean().optional(),
  /** Word families that fire together (see NearSchema). */
  near: z.array(NearSchema).optional(),
  /** RE2-syntax patterns, run on normalised text with a linear-time engine. */
  patterns: z.array(z.string().min(1)).optional(),
  /** A built-in detector. */
  detector: z.enum(['phone', 'email', 'url', 'im', 'language']).optional(),
  /** Longer words that contain a term but are not violations (最晚, 第一时间, 加急). */
  exceptions: z.array(z.string().min(1)).optional(),
  message: LocalizedSchema,
  suggestion: LocalizedSchema.optional(),
  /** Text a one-click fix puts in place of the match ('' removes it). */
  replacement: z.string().optional(),
  fix: z.enum(['replace', 'mask', 'remove']).optional(),
  /**
   * A negation before the match in the same clause cancels the finding ("we never accept PayPal outside
   * the platform", "不用取消订单"). For rules about asking or offering, not for names that are fined anyway.
   */
  negatable: z.boolean().optional(),
  /** Which platform policy the rule comes from. */
  policy: z.string().min(1),
});
export type Rule = z.infer<typeof RuleSchema>;

/** What a later pack may change in an earlier pack's rule (PackSchema `overrides`): never what it matches. */
export const RuleOverrideSchema = z
  .object({
    severity: z.enum(SEVERITIES).optional(),
    message: LocalizedSchema.optional(),
    suggestion: LocalizedSchema.optional(),
    policy: z.string().min(1).optional(),
  })
  .strict();
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;
