/**
 * The lint engine: `createLinter(packs, extras)` compiles a pack set once (terms and exceptions into one
 * automaton, RE2 patterns, the detectors rules switch on); `lint(text, {locale})` is synchronous and pure.
 */
import { RE2JS } from 're2js';
import { type CompiledRule, type DetectorKind, planPacks, type TermEntry } from '../rules/compile';
import type { Pack } from '../rules/pack-schema';
import { detectEmail } from './contact/email';
import { GATE_WORDS } from './contact/gates';
import { detectIm, detectImFrom, IM_ALIASES } from './contact/im';
import { detectPhone } from './contact/phone';
import { detectUrl } from './contact/url';
import type { Detector, DetectorContext } from './detector';
import { detectLanguage } from './language';
import { type Normalised, normalise, Scratch, skeletonOf } from './normalise';
import { type Atom, prefilterConditions } from './prefilter';
import { compileTerms, TermHits } from './terms';
import type { Finding, Linter } from './types';

/** Extra terms and allow-list entries from the agent or the team, merged with the packs. */
export interface LinterExtras {
  terms?: string[];
  allow?: string[];
}

const DETECTORS: Record<DetectorKind, Detector> = {
  phone: detectPhone,
  email: detectEmail,
  url: detectUrl,
  im: detectIm,
  language: detectLanguage,
};

interface Candidate {
  rule: number;
  start: number;
  end: number;
  replacement?: string;
}

interface CompiledPattern {
  rule: number;
  source: string;
  flags: number;
  /** The source as a group of the union (case-folded group when the pattern has capitals). */
  group: string;
  /** Compiled on first need: undefined until then, null when RE2 rejected it. */
  re: RE2JS | null | undefined;
}

/** All patterns as one RE2 alternation: one DFA pass tells whether any pattern can match at all. */
function unionOf(patterns: CompiledPattern[]): RE2JS | undefined {
  if (patterns.length < 2) return undefined;
  try {
    return RE2JS.compile(patterns.map((p) => p.group).join('|'));
  } catch {
    return undefined;
  }
}

/**
 * RE2 patterns, compiled lazily: most replies never wake most patterns, and re2js compiles slowly. A
 * pattern RE2 rejects never runs; `errors` compiles every pattern still pending to report those.
 */
function preparePatterns(list: { rule: number; source: string }[]): CompiledPattern[] {
  return list.map(({ rule, source }) => {
    // Text is lower-cased already; case folding costs a lot in re2js, so only patterns with capitals get it.
    const capitals = /[A-Z]/.test(source.replace(/\\./g, '').replace(/\[:\w+:\]|\\p\{\w+\}/g, ''));
    return {
      rule,
      source,
      flags: capitals ? RE2JS.CASE_INSENSITIVE : 0,
      group: capitals ? `(?i:${source})` : `(?:${source})`,
      re: undefined,
    };
  });
}

/** The pattern's compiled form (compiling it now if needed); null when RE2 rejects it. */
function compiled(p: CompiledPattern, errors: string[]): RE2JS | null {
  if (p.re === undefined) {
    try {
      p.re = RE2JS.compile(p.source, p.flags);
    } catch (error) {
      p.re = null;
      errors.push(`pattern ${JSON.stringify(p.source)}: ${(error as Error).message}`);
    }
  }
  return p.re;
}

/**
 * Patterns with their literal prefilter: the patterns' necessary atoms ride in the term automaton (as
 * skeletons: an atom in the base view is always there in the skeleton too), so one pass over the text tells
 * which patterns can match at all and re2js (costly per character) only runs on those.
 */
interface PatternSet {
  patterns: CompiledPattern[];
  /** The union of all patterns, compiled on first need (null: not compiled yet). */
  union: RE2JS | undefined | null;
  /** The atoms, by atom id (entries of kind 'atom' in the term automaton). */
  atoms: Atom[];
  /** Conditions ("one of these atoms") met by each atom (flat: atomConds[atomStart[a]..atomStart[a+1])). */
  atomStart: Int32Array;
  atomConds: Int32Array;
  /** The pattern of each condition, and how many conditions each pattern has (all must be met). */
  condPattern: Int32Array;
  need: Int32Array;
  /** Scratch: the lint call that last met each condition / touched each pattern, and the count met. */
  condMark: Int32Array;
  patternMark: Int32Array;
  met: Int32Array;
  call: number;
  triggered: number;
}

/** Whether an atom is selective enough to be worth a condition: one Latin letter or digit is everywhere. */
function selective(atom: Atom): boolean {
  const skel = skeletonOf(atom.text);
  return skel.length >= 2 || (skel.length === 1 && skel.charCodeAt(0) >= 0x2e80);
}

function patternSet(patterns: CompiledPattern[]): PatternSet {
  const atomIds = new Map<string, number>();
  const atoms: Atom[] = [];
  const byAtom: number[][] = [];
  const condPattern: number[] = [];
  const need = new Int32Array(patterns.length);
  patterns.forEach((p, index) => {
    // Conditions with an unselective atom are dropped (fewer conditions still make a superset).
    const conditions = prefilterConditions(p.source)?.filter((list) => list.every(selective));
    if (!conditions || conditions.length === 0) return; // need 0: always runs
    need[index] = conditions.length;
    for (const list of conditions) {
      const cond = condPattern.push(index) - 1;
      for (const atom of list) {
        const key = `${atom.left ? '|' : ''}${atom.text}${atom.right ? '|' : ''}`;
        let id = atomIds.get(key);
        if (id === undefined) {
          id = byAtom.push([]) - 1;
          atomIds.set(key, id);
          atoms.push(atom);
        }
        byAtom[id]!.push(cond);
      }
    }
  });
  const atomStart = new Int32Array(byAtom.length + 1);
  byAtom.forEach((list, a) => {
    atomStart[a + 1] = atomStart[a]! + list.length;
  });
  const atomConds = new Int32Array(atomStart[byAtom.length]!);
  byAtom.forEach((list, a) => {
    atomConds.set(list, atomStart[a]!);
  });
  return {
    patterns,
    union: null,
    atoms,
    atomStart,
    atomConds,
    condPattern: Int32Array.from(condPattern),
    need,
    condMark: new Int32Array(condPattern.length),
    patternMark: new Int32Array(patterns.length),
    met: new Int32Array(patterns.length),
    call: 0,
    triggered: 0,
  };
}

/** Switched off only by tests, to check that the prefilter never changes what the patterns find. */
export const prefilter = { on: true };

/** Starts a lint call: patterns without conditions are triggered already. */
function beginPatterns(set: PatternSet): void {
  const { patterns, need, patternMark, met } = set;
  const call = ++set.call;
  set.triggered = 0;
  for (let p = 0; p < patterns.length; p++) {
    if (need[p] === 0 || !prefilter.on) {
      patternMark[p] = call;
      met[p] = 0;
      set.triggered++;
    }
  }
}

/** An atom was seen in the text: its conditions are met. */
function atomSeen(set: PatternSet, atom: number): void {
  const { atomStart, atomConds, condPattern, need, condMark, patternMark, met, call } = set;
  for (let j = atomStart[atom]!; j < atomStart[atom + 1]!; j++) {
    const cond = atomConds[j]!;
    if (condMark[cond] === call) continue;
    condMark[cond] = call;
    const p = condPattern[cond]!;
    if (patternMark[p] !== call) {
      patternMark[p] = call;
      met[p] = 0;
    }
    if (++met[p]! === need[p]) set.triggered++;
  }
}

/** Runs the triggered patterns on the base view. */
function runPatterns(n: Normalised, set: PatternSet, out: Candidate[], errors: string[]): void {
  const { patterns, need, patternMark, met, call } = set;
  if (set.triggered === 0) return;
  const base = n.base;
  if (set.triggered > 2) {
    if (set.union === null) set.union = unionOf(patterns);
    if (set.union && !set.union.test(base.s)) return;
  }
  for (let index = 0; index < patterns.length; index++) {
    if (prefilter.on && (patternMark[index] !== call || met[index] !== need[index])) continue;
    const pattern = patterns[index]!;
    const re = compiled(pattern, errors);
    // test() runs re2js's DFA without captures: most replies stop here.
    if (!re?.test(base.s)) continue;
    const rule = pattern.rule;
    const m = re.matcher(base.s);
    let from = 0;
    while (from <= base.s.length && m.find(from)) {
      const s = m.start();
      const e = m.end();
      if (e > s) out.push({ rule, start: base.start[s]!, end: base.end[e - 1]! });
      from = e > s ? e : e + 1;
    }
  }
}

function fixFor(rule: CompiledRule, candidate: Candidate): string | undefined {
  if (rule.replacement !== undefined) return rule.replacement;
  if (rule.fix === 'remove') return '';
  if (rule.fix === 'replace') return undefined;
  return candidate.replacement;
}

/** A compiled linter, plus any pack problems found while compiling (bad patterns). */
export interface CompiledLinter extends Linter {
  errors: readonly string[];
}

export function createLinter(packs: Pack[], extras: LinterExtras = {}): CompiledLinter {
  const plan = planPacks(packs, extras);
  const errors: string[] = [];
  // The im detector's app names ride in the term automaton: one pass over the text for both.
  const imRule = plan.detectors.im;
  const patterns = preparePatterns(plan.patterns);
  const patternRuns = patternSet(patterns);
  const entries: TermEntry[] = [
    ...plan.terms,
    ...(imRule === undefined ? [] : IM_ALIASES.map((text, rule) => ({ text, kind: 'alias' as const, rule }))),
    // The e-mail and link gates' words (the im detector asks the e-mail detector too).
    ...(plan.detectors.email !== undefined || plan.detectors.url !== undefined || imRule !== undefined
      ? GATE_WORDS.map(({ text, setOff }, rule) => ({
          text,
          kind: 'gate' as const,
          rule,
          edges: setOff ? 4 : 0,
        }))
      : []),
    ...patternRuns.atoms.map(({ text, left, right }, rule) => ({
      text,
      kind: 'atom' as const,
      rule,
      edges: (left ? 1 : 0) | (right ? 2 : 0),
    })),
  ];
  const terms = compileTerms(entries);
  const gated = entries.some((e) => e.kind === 'gate');
  const detectors = (Object.entries(plan.detectors) as [DetectorKind, number][])
    .filter(([kind]) => kind !== 'im')
    .map(([kind, rule]) => [DETECTORS[kind], rule] as const);
  const ctx: DetectorContext = { ownDomains: plan.ownDomains, markets: plan.markets };
  const rules = plan.rules;
  const scratch = new Scratch();
  const termHits = new TermHits();

  return {
    get errors() {
      for (const p of patterns) compiled(p, errors);
      return errors;
    },
    lint(text, options = {}) {
      if (text.length === 0) return [];
      const locale = options.locale ?? 'en';
      const n = normalise(text, scratch);
      const candidates: Candidate[] = [];
      const allow: [number, number][] = [];
      const exceptions = new Map<number, [number, number][]>();
      const aliases: { alias: number; start: number; end: number }[] = [];
      if (patterns.length > 0) beginPatterns(patternRuns);
      const hits = terms.scan(n, termHits);
      let literals = 0;
      for (let i = 0; i < hits.length; i++) {
        const entry = terms.entries[hits.entry[i]!]!;
        const start = hits.start[i]!;
        const end = hits.end[i]!;
        if (entry.kind === 'term') candidates.push({ rule: entry.rule, start, end });
        else if (entry.kind === 'atom') atomSeen(patternRuns, entry.rule);
        else if (entry.kind === 'gate') literals |= 1 << entry.rule;
        else if (entry.kind === 'alias') aliases.push({ alias: entry.rule, start, end });
        else if (entry.kind === 'allow') allow.push([start, end]);
        else {
          const list = exceptions.get(entry.rule);
          if (list) list.push([start, end]);
          else exceptions.set(entry.rule, [[start, end]]);
        }
      }
      if (gated) n.literals = literals;
      if (imRule !== undefined) {
        for (const hit of detectImFrom(n, aliases)) candidates.push({ rule: imRule, ...hit });
      }
      for (const [detect, rule] of detectors) {
        for (const hit of detect(n, ctx)) candidates.push({ rule, ...hit });
      }
      if (patterns.length > 0) runPatterns(n, patternRuns, candidates, errors);

      const inside = (spans: [number, number][] | undefined, c: Candidate) =>
        spans?.some(([s, e]) => s <= c.start && c.end <= e) ?? false;
      const seen = new Set<number | string>();
      const findings: Finding[] = [];
      const numericKeys = text.length < 1 << 21 && rules.length < 1 << 10;
      for (const c of candidates) {
        if (c.end <= c.start || inside(allow, c) || inside(exceptions.get(c.rule), c)) continue;
        // Combining marks after the last matched character belong to it (ไลน์, नमस्ते, decomposed ệ).
        if (c.end < text.length && mayBeMark(text.charCodeAt(c.end))) c.end = extendOverMarks(text, c.end);
        const key = numericKeys
          ? (c.rule * 2 ** 21 + c.start) * 2 ** 21 + c.end
          : `${c.rule}:${c.start}:${c.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const rule = rules[c.rule]!;
        const finding: Finding = {
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity,
          start: c.start,
          end: c.end,
          match: text.slice(c.start, c.end),
          message: rule.message[locale] ?? rule.message.en,
        };
        if (rule.suggestion) finding.suggestion = rule.suggestion[locale] ?? rule.suggestion.en;
        const replacement = fixFor(rule, c);
        if (replacement !== undefined) finding.replacement = replacement;
        findings.push(finding);
      }
      return findings.sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : 1));
    },
  };
}

const MARK = /^[\p{Mn}\p{Mc}\p{Me}]$/u;

/** Whether a code unit may start a combining mark (cheap: no mark below U+0300 or among CJK and hangul). */
function mayBeMark(u: number): boolean {
  return u >= 0x300 && !(u >= 0x3400 && u < 0xa000) && !(u >= 0xac00 && u < 0xd800);
}

/** The end offset moved past the combining marks (Unicode Mn/Mc/Me) starting at `end`. */
export function extendOverMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length) {
    const u = text.charCodeAt(e);
    if (u < 0x300) break;
    // Marks outside the BMP (e.g. Brahmi, musical symbols) come as a surrogate pair.
    const w = u >= 0xd800 && u < 0xdc00 && e + 1 < text.length ? 2 : 1;
    if (!MARK.test(text.slice(e, e + w))) break;
    e += w;
  }
  return e;
}
