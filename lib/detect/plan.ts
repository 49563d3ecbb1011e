/**
 * Flattens a pack set into what the detection engine compiles: rules, term entries (terms, exceptions,
 * allow-list words), RE2 patterns, the detectors switched on, own domains and phone markets.
 * Pure data; lib/detect/lint.ts turns it into an automaton and matchers.
 */

import type { Localized } from './localized';
import { type NearGroup, nearEntryRule, nearPatternRule, PREFIX_MARK } from './near';
import { skeletonOf } from './normalise';
import type { Rule, RuleOverride } from './rule-schema';
import type { Category, Severity } from './types';

export type DetectorKind = NonNullable<Rule['detector']>;

export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  message: Localized;
  suggestion?: Localized;
  replacement?: string;
  fix?: Rule['fix'];
  negatable?: boolean;
}

/**
 * One literal the automaton looks for; `rule` is -1 for allow-list words (they apply to every rule).
 * 'alias' entries are the im detector's app names (`rule` is then the alias index), matched in the same pass;
 * 'atom' entries are RE2 patterns' necessary literals (`rule` is then the atom index, see lib/detect/lint.ts);
 * 'gate' entries are the contact detectors' gate words (`rule` is then the bit, lib/detect/contact/gates.ts);
 * 'near' entries are the words of rules' near families (`rule` is then nearEntryRule(group, side), lib/detect/near.ts).
 */
export interface TermEntry {
  text: string;
  kind: 'term' | 'exception' | 'allow' | 'alias' | 'atom' | 'gate' | 'sound' | 'near';
  rule: number;
  /**
   * Atoms and gates: a word boundary before (bit 1) / after (bit 2) the literal; bit 4: set off by a blank
   * or an opening bracket before and a blank or a closing bracket after.
   * Near words and terms: bit 8, a prefix or stem (no word boundary after).
   */
  edges?: number;
}

/** What the engine reads of a pack (lib/rules' Pack, validated there, has this shape and more). */
export interface EnginePack {
  rules: readonly Rule[];
  allow?: readonly string[];
  ownDomains?: readonly string[];
  markets?: readonly string[];
  idFormats?: readonly string[];
  /** Severities for rules of packs loaded before this one, by rule id. */
  severities?: Readonly<Record<string, Severity>>;
  /** Severity, message and suggestion for rules of packs loaded before this one, by rule id. */
  overrides?: Readonly<Record<string, RuleOverride>>;
}

export interface PackSetPlan {
  rules: CompiledRule[];
  terms: TermEntry[];
  /** Terms declared by sound (scanned over the phonetic view, lib/detect/sound.ts). */
  sounds: TermEntry[];
  patterns: { rule: number; source: string }[];
  /** The rules' near families, by group (their words are 'near' entries of `terms`). */
  near: NearGroup[];
  /** Detector → index of the rule that switched it on (the last pack's rule wins). */
  detectors: Partial<Record<DetectorKind, number>>;
  ownDomains: string[];
  markets: string[];
  /** RE2 patterns of the platforms' id formats (a digit run matching one whole is no phone). */
  idFormats: string[];
  /** Words of `termsBySound` rules read from their pinyin initials (lib/detect/initials.ts), and their terms. */
  initials: { words: string[]; terms: string[] };
  /** Words that count when spelled letter by letter (as skeletons) → rule index (lib/detect/spelled.ts). */
  spelled: Map<string, number>;
}

export interface PlanExtras {
  terms?: readonly string[];
  allow?: readonly string[];
}

/** Rule used for the agent's or team's own terms (contract 3: category custom, severity warn). */
export const CUSTOM_RULE: CompiledRule = {
  id: 'custom',
  category: 'custom',
  severity: 'warn',
  message: {
    en: 'A term on your team list',
    zh_CN: '团队词表中的词语',
    zh_TW: '團隊詞表中的詞語',
  },
};

/** How far apart (UTF-16 units) a near family's two words may be when the rule does not say. */
export const NEAR_WITHIN = 24;

function nearEntry(word: string, rule: number): TermEntry {
  const prefix = word.endsWith(PREFIX_MARK);
  return { text: prefix ? word.slice(0, -1) : word, kind: 'near', rule, edges: prefix ? 8 : 0 };
}

/**
 * A rule term or exception; one written with `*` at its end is a stem, matched as a word's beginning
 * (debil* → debilem; an exception debilit* keeps debilitating clean).
 */
function termEntry(term: string, rule: number, kind: 'term' | 'exception' = 'term'): TermEntry {
  const stem = term.length > 1 && term.endsWith(PREFIX_MARK);
  return { text: stem ? term.slice(0, -1) : term, kind, rule, edges: stem ? 8 : 0 };
}

/** A rule's terms declared by sound: its `sounds`, and with `termsBySound` its Han terms too. */
function soundTerms(rule: Rule): string[] {
  const out = [...(rule.sounds ?? [])];
  if (rule.termsBySound)
    for (const term of rule.terms ?? []) if (HAN_ONLY.test(term) && !out.includes(term)) out.push(term);
  return out;
}
const HAN_ONLY = /^\p{Script=Han}{2,}$/u;

/** A rule's `spelled` words and its single-word terms of three letters or more, by their skeletons. */
function addSpelled(into: Map<string, number>, rule: Rule, index: number): void {
  const single = (rule.terms ?? []).filter((t) => !/\s/.test(t)).map((t) => t.replace(/\*$/, ''));
  for (const word of [...(rule.spelled ?? []), ...single]) {
    const key = skeletonOf(word);
    if (key.length >= 3 && !into.has(key)) into.set(key, index);
  }
}

function toCompiled(rule: Rule): CompiledRule {
  const out: CompiledRule = {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
  };
  if (rule.suggestion) out.suggestion = rule.suggestion;
  if (rule.replacement !== undefined) out.replacement = rule.replacement;
  if (rule.fix) out.fix = rule.fix;
  if (rule.negatable) out.negatable = true;
  return out;
}

function applyOverride(rule: CompiledRule, change: RuleOverride): void {
  if (change.severity) rule.severity = change.severity;
  if (change.message) rule.message = change.message;
  if (change.suggestion) rule.suggestion = change.suggestion;
}

export function planPacks(packs: readonly EnginePack[], extras: PlanExtras = {}): PackSetPlan {
  const plan: PackSetPlan = {
    rules: [],
    terms: [],
    sounds: [],
    patterns: [],
    near: [],
    detectors: {},
    ownDomains: [],
    markets: [],
    idFormats: [],
    spelled: new Map(),
    initials: { words: [], terms: [] },
  };
  const domains = new Set<string>();
  const markets = new Set<string>();
  for (const pack of packs) {
    for (const d of pack.ownDomains ?? []) domains.add(d.toLowerCase().replace(/^\*?\./, ''));
    for (const m of pack.markets ?? []) markets.add(m.toUpperCase());
    for (const f of pack.idFormats ?? []) if (!plan.idFormats.includes(f)) plan.idFormats.push(f);
    for (const word of pack.allow ?? []) plan.terms.push({ text: word, kind: 'allow', rule: -1 });
    for (const [id, severity] of Object.entries(pack.severities ?? {}))
      for (const rule of plan.rules) if (rule.id === id) rule.severity = severity;
    for (const [id, change] of Object.entries(pack.overrides ?? {}))
      for (const rule of plan.rules) if (rule.id === id) applyOverride(rule, change);
    for (const rule of pack.rules) {
      const index = plan.rules.push(toCompiled(rule)) - 1;
      for (const term of rule.terms ?? []) plan.terms.push(termEntry(term, index));
      for (const term of soundTerms(rule)) plan.sounds.push({ text: term, kind: 'sound', rule: index });
      if (rule.termsBySound) {
        plan.initials.words.push(...soundTerms(rule));
        plan.initials.terms.push(...(rule.terms ?? []));
      }
      for (const word of rule.exceptions ?? []) plan.terms.push(termEntry(word, index, 'exception'));
      for (const source of rule.patterns ?? []) plan.patterns.push({ rule: index, source });
      for (const family of rule.near ?? []) {
        const group = plan.near.push({
          rule: index,
          within: family.within ?? NEAR_WITHIN,
          ordered: family.ordered ?? false,
          message: family.scope === 'message',
        });
        // Side 2: the words that, in the pair's clause, say it is something else (lib/detect/near.ts).
        [family.a, family.b, family.unless ?? []].forEach((words, side) => {
          for (const word of words)
            plan.terms.push(nearEntry(word, nearEntryRule(group - 1, side as 0 | 1 | 2)));
        });
        // A side's patterns report under a negative rule index that names the side (lib/detect/near.ts).
        [family.aPatterns, family.bPatterns].forEach((sources, side) => {
          for (const source of sources ?? [])
            plan.patterns.push({ rule: nearPatternRule(group - 1, side as 0 | 1), source });
        });
      }
      if (rule.spelled) addSpelled(plan.spelled, rule, index);
      if (rule.detector) plan.detectors[rule.detector] = index;
    }
  }
  const custom = extras.terms?.filter((t) => t.trim().length > 0) ?? [];
  if (custom.length > 0) {
    const index = plan.rules.push(CUSTOM_RULE) - 1;
    for (const term of custom) plan.terms.push({ text: term.trim(), kind: 'term', rule: index });
  }
  for (const word of extras.allow ?? []) {
    if (word.trim()) plan.terms.push({ text: word.trim(), kind: 'allow', rule: -1 });
  }
  plan.ownDomains = [...domains];
  plan.markets = [...markets];
  return plan;
}
