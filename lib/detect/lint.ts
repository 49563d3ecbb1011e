/**
 * The lint engine: `createLinter(packs, extras)` compiles a pack set once (terms and exceptions into one
 * automaton, RE2 patterns, the detectors rules switch on); `lint(text, {locale})` is synchronous and pure.
 */
import { RE2JS } from 're2js';
import { detectEmail } from '@/lib/detect/contact/email';
import { GATE_WORDS, gateBit } from '@/lib/detect/contact/gates';
import { type AliasHit, detectIm, detectImFrom, IM_ALIASES } from '@/lib/detect/contact/im';
import { detectPhone } from '@/lib/detect/contact/phone';
import { detectUrl } from '@/lib/detect/contact/url';
import type { Detector, DetectorContext, DetectorHit } from './detector';
import { inFeature } from './feature';
import { cancelExplained } from './how-to';
import { inCode } from './in-code';
import { Initials } from './initials';
import { detectLanguage } from './language';
import { type NearHit, nearEntrySide, nearSide, nearSpans } from './near';
import { NearNames } from './near-names';
import { negated, refusal, refusedAfter } from './negation';
import { indexAt, type Normalised, normalise, Scratch, skeletonOf, unitsToString } from './normalise';
import { outermost } from './outermost';
import { basePattern } from './pattern-base';
import { type CompiledRule, type DetectorKind, type EnginePack, planPacks, type TermEntry } from './plan';
import { type Atom, type LengthBound, maxMatchLength, prefilterConditions } from './prefilter';
import { namedAsProduct } from './product-name';
import { namedMarkets, type RespellNames, respellings, type Spelling, vowellessNames } from './respell';
import { phonetic, soundKey } from './sound';
import { spelledWords } from './spelled';
import { compileTerms, isWordUnit, TermHits } from './terms';
import type { Finding, Linter } from './types';
import { inWarning } from './warning';

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
  /** A near pair's later word and the end of its earlier one: "好评…我们不会…返现" is negated between them. */
  last?: number;
  gap?: number;
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

/**
 * Patterns in groups of UNION_SIZE, each group as one RE2 alternation: one DFA pass tells whether any of
 * them can match at all. One alternation of every pattern would outgrow re2js's DFA memory budget on large
 * pack sets and rebuild its cache on each reply; groups of this size stay within it.
 */
const UNION_SIZE = 24;

function unionOf(patterns: CompiledPattern[], group: number): RE2JS | undefined {
  const members = patterns.slice(group * UNION_SIZE, (group + 1) * UNION_SIZE);
  if (members.length < 2) return undefined;
  try {
    return RE2JS.compile(members.map((p) => p.group).join('|'));
  } catch {
    return undefined;
  }
}

/**
 * RE2 patterns, compiled lazily: most replies never wake most patterns, and re2js compiles slowly. A
 * pattern RE2 rejects never runs; `errors` compiles every pattern still pending to report those.
 */
function preparePatterns(list: { rule: number; source: string }[]): CompiledPattern[] {
  return list.map(({ rule, source: written }) => {
    const source = basePattern(written);
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
  /** The union of each group of UNION_SIZE patterns, compiled on first need (null: not compiled yet). */
  unions: (RE2JS | undefined | null)[];
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
  /** Longest match of each pattern (fixed + ws × longest blank run; fixed Infinity: unbounded). */
  bounds: LengthBound[];
  /** The atom occurrences (original offsets, flat pairs) of each bounded pattern in this call. */
  spans: number[][];
  spanCall: Int32Array;
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
    unions: Array.from({ length: Math.ceil(patterns.length / UNION_SIZE) }, () => null),
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
    bounds: patterns.map((p) => maxMatchLength(p.source)),
    spans: patterns.map(() => []),
    spanCall: new Int32Array(patterns.length),
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
function atomSeen(set: PatternSet, atom: number, start: number, end: number): void {
  const {
    atomStart,
    atomConds,
    condPattern,
    need,
    condMark,
    patternMark,
    met,
    call,
    bounds,
    spans,
    spanCall,
  } = set;
  for (let j = atomStart[atom]!; j < atomStart[atom + 1]!; j++) {
    const cond = atomConds[j]!;
    const pattern = condPattern[cond]!;
    if (bounds[pattern]!.fixed !== Number.POSITIVE_INFINITY) {
      if (spanCall[pattern] !== call) {
        spanCall[pattern] = call;
        spans[pattern]!.length = 0;
      }
      spans[pattern]!.push(start, end);
    }
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

const isBlank = (u: number) => u === 0x20 || u === 0x0a || u === 0x09 || u === 0x0d || u === 0x0c;
/** RE2 word units, and the two that case-insensitive [a-z] also matches (ſ, the Kelvin sign). */
const isRe2Word = (u: number) =>
  (u >= 0x30 && u <= 0x39) ||
  (u >= 0x41 && u <= 0x5a) ||
  (u >= 0x61 && u <= 0x7a) ||
  u === 0x5f ||
  u === 0x17f ||
  u === 0x212a;

/** Longest runs of RE2 blanks ([\t\n\f\r ]) and of RE2 word units in the base view. */
function longestRuns(units: Uint16Array): { blank: number; word: number } {
  let blank = 0;
  let word = 0;
  let b = 0;
  let w = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    b = isBlank(u) ? b + 1 : 0;
    w = isRe2Word(u) ? w + 1 : 0;
    if (b > blank) blank = b;
    if (w > word) word = w;
  }
  return { blank, word };
}

/**
 * Base-view windows (flat [from, to) pairs) where a bounded pattern can match: every match holds one of its
 * atoms, so it lies within `reach` units of an atom occurrence. Window edges move out to a non-word unit so
 * that \b and \B see what they would see in the whole text.
 */
function windowsAround(n: Normalised, spans: number[], reach: number): number[] {
  const base = n.base;
  const units = base.units!;
  const out: number[] = [];
  const pairs: [number, number][] = [];
  for (let k = 0; k < spans.length; k += 2) {
    let a = Math.max(0, indexAt(base, spans[k]!) - reach);
    let b = Math.min(units.length, indexAt(base, spans[k + 1]!) + reach);
    while (a > 0 && isWordUnit(units[a - 1]!)) a--;
    while (b < units.length && isWordUnit(units[b]!)) b++;
    pairs.push([a, b]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  for (const [a, b] of pairs) {
    if (out.length > 0 && a <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, b);
    else out.push(a, b);
  }
  return out;
}

/** Adds the matches of `re` in base units [from, to) to `out`. */
function matchesIn(n: Normalised, re: RE2JS, rule: number, from: number, to: number, out: Candidate[]): void {
  const base = n.base;
  const s =
    from === 0 && to === base.start.length
      ? base.s
      : unitsToString(base.units!.subarray(from, to), to - from);
  // test() runs re2js's DFA without captures: most texts stop here.
  if (!re.test(s)) return;
  const m = re.matcher(s);
  let at = 0;
  while (at <= s.length && m.find(at)) {
    const start = m.start();
    const end = m.end();
    if (end > start) out.push({ rule, start: base.start[from + start]!, end: base.end[from + end - 1]! });
    at = end > start ? end : end + 1;
  }
}

/**
 * Runs the triggered patterns on the base view: a bounded pattern only on windows around its atoms (when
 * they cover less than the text), the others on the whole text.
 */
function runPatterns(n: Normalised, set: PatternSet, out: Candidate[], errors: string[]): void {
  const { patterns, need, patternMark, met, call, bounds, spans, spanCall } = set;
  if (set.triggered === 0) return;
  const base = n.base;
  const length = base.start.length;
  let runs: { blank: number; word: number } | undefined;
  let whole = 0;
  const plan: (number[] | null)[] = [];
  for (let index = 0; index < patterns.length; index++) {
    if (prefilter.on && (patternMark[index] !== call || met[index] !== need[index])) continue;
    const bound = bounds[index]!;
    let windows: number[] | null = null;
    if (prefilter.on && bound.fixed !== Number.POSITIVE_INFINITY && spanCall[index] === call) {
      if ((bound.ws > 0 || bound.word > 0) && !runs) runs = longestRuns(base.units!);
      const reach = bound.fixed + (runs ? bound.ws * runs.blank + bound.word * runs.word : 0);
      windows = windowsAround(n, spans[index]!, reach);
      let covered = 0;
      for (let w = 0; w < windows.length; w += 2) covered += windows[w + 1]! - windows[w]!;
      if (covered * 2 > length) windows = null;
    }
    if (windows === null) whole++;
    plan[index] = windows ?? [0, length];
  }
  // Several patterns over the whole text: one pass of their group's union first tells whether any can match.
  if (whole > 2) {
    for (let group = 0; group < set.unions.length; group++) {
      const from = group * UNION_SIZE;
      const to = Math.min(plan.length, from + UNION_SIZE);
      let here = 0;
      for (let index = from; index < to; index++) if (isWhole(plan[index], length)) here++;
      if (here < 2) continue;
      if (set.unions[group] === null) set.unions[group] = unionOf(patterns, group);
      const union = set.unions[group];
      if (!union || union.test(base.s)) continue;
      for (let index = from; index < to; index++) if (isWhole(plan[index], length)) plan[index] = null;
    }
  }
  for (let index = 0; index < plan.length; index++) {
    const windows = plan[index];
    if (!windows) continue;
    const pattern = patterns[index]!;
    const re = compiled(pattern, errors);
    if (!re) continue;
    for (let w = 0; w < windows.length; w += 2)
      matchesIn(n, re, pattern.rule, windows[w]!, windows[w + 1]!, out);
  }
}

function isWhole(windows: number[] | null | undefined, length: number): boolean {
  return !!windows && windows[0] === 0 && windows[1] === length;
}

/** Whether the candidate lies inside one of the spans (allow-list words, its rule's exceptions). */
function inside(spans: [number, number][] | undefined, c: Candidate): boolean {
  return containing(spans, c) !== undefined;
}

/** The span of `spans` holding candidate `c`, if any. */
function containing(spans: [number, number][] | undefined, c: Candidate): [number, number] | undefined {
  if (!spans) return undefined;
  for (const span of spans) if (span[0] <= c.start && c.end <= span[1]) return span;
  return undefined;
}

function fixFor(rule: CompiledRule, candidate: Candidate): string | undefined {
  if (rule.replacement !== undefined) return rule.replacement;
  if (rule.fix === 'remove') return '';
  if (rule.fix === 'replace') return undefined;
  return candidate.replacement;
}

/**
 * The most findings one lint reports (a reply never has this many: past it the text is garbage or a
 * pack matches everything). Blocking findings are kept first, so the send guard still sees them.
 */
export const MAX_FINDINGS = 500;

/** At most `MAX_FINDINGS`: blocking ones first, then warnings, then advice, each in text order. */
export function capFindings(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  const rank = { block: 0, warn: 1, info: 2 } as const;
  const kept = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, MAX_FINDINGS);
  return kept.sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : 1));
}

/** A compiled linter, plus any pack problems found while compiling (bad patterns). */
export interface CompiledLinter extends Linter {
  errors: readonly string[];
}

export function createLinter(packs: readonly EnginePack[], extras: LinterExtras = {}): CompiledLinter {
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
      ? GATE_WORDS.map(({ text, setOff }, i) => ({
          text,
          kind: 'gate' as const,
          rule: gateBit(i),
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
    .map(([kind, rule]) => [DETECTORS[kind], rule, kind] as const);
  const ctx: DetectorContext = {
    ownDomains: plan.ownDomains,
    markets: plan.markets,
    idFormats: idMatchers(plan.idFormats, errors),
  };
  const rules = plan.rules;
  const scratch = new Scratch();
  const termHits = new TermHits();
  // Terms declared by sound, scanned over the phonetic view; their spellings, for the re-read.
  const sounds =
    plan.sounds.length > 0
      ? compileTerms(plan.sounds.map((e) => ({ ...e, text: soundKey(e.text) })))
      : undefined;
  const termTexts = plan.terms.filter((e) => e.kind === 'term').map((e) => e.text);
  const respellNames: RespellNames = {
    vowelless: vowellessNames([...termTexts, ...(imRule === undefined ? [] : IM_ALIASES)]),
    near: namedMarkets([...termTexts, ...plan.patterns.map((p) => p.source)]),
    masked: new NearNames(
      plan.terms.filter((e) => e.kind === 'term' && rules[e.rule]?.category === 'abuse').map((e) => e.text),
    ),
  };
  const initials = new Initials(plan.initials.words, new Set(plan.initials.terms));
  const soundScratch = { units: new Uint16Array(0) };
  const soundHits = new TermHits();

  function run(text: string, locale: Locale, reread: boolean): Finding[] {
    const n = normalise(text, scratch);
    const candidates: Candidate[] = [];
    const allow: [number, number][] = [];
    const exceptions = new Map<number, [number, number][]>();
    const aliases: AliasHit[] = [];
    const near: NearHit[] = [];
    if (patterns.length > 0) beginPatterns(patternRuns);
    const hits = terms.scan(n, termHits);
    let literals = 0;
    for (let i = 0; i < hits.length; i++) {
      const entry = terms.entries[hits.entry[i]!]!;
      const start = hits.start[i]!;
      const end = hits.end[i]!;
      if (entry.kind === 'term')
        // A stem (debil*) spans the word it starts (debilem).
        candidates.push({ rule: entry.rule, start, end: stemEnd(entry, text, end) });
      else if (entry.kind === 'atom') atomSeen(patternRuns, entry.rule, start, end);
      else if (entry.kind === 'gate') literals |= 1 << entry.rule;
      else if (entry.kind === 'alias') aliases.push({ alias: entry.rule, start, end });
      else if (entry.kind === 'allow') allow.push([start, end]);
      else if (entry.kind === 'near') {
        near.push({ ...nearEntrySide(entry.rule), start, end: stemEnd(entry, text, end) });
      } else {
        const span: [number, number] = [start, stemEnd(entry, text, end)];
        const list = exceptions.get(entry.rule);
        if (list) list.push(span);
        else exceptions.set(entry.rule, [span]);
      }
    }
    if (gated) n.literals = literals;
    const spellings = sounds ? soundMatches(n, sounds, aliases, reread, exceptions) : [];
    if (!reread) {
      mergeSpellings(spellings, respellings(text, respellNames));
      if (initials.size > 0) mergeSpellings(spellings, initials.spellings(text));
    }
    const phones: DetectorHit[] = [];
    for (const [detect, rule, kind] of detectors) {
      for (const hit of detect(n, ctx)) {
        candidates.push({ rule, ...hit });
        if (kind === 'phone') phones.push(hit);
      }
    }
    if (imRule !== undefined) {
      for (const hit of detectImFrom(n, aliases, allow, phones)) candidates.push({ rule: imRule, ...hit });
    }
    if (plan.spelled.size > 0) {
      for (const w of spelledWords(text)) {
        const rule = plan.spelled.get(w.word);
        if (rule !== undefined) candidates.push({ rule, start: w.start, end: w.end });
      }
    }
    if (patterns.length > 0) runPatterns(n, patternRuns, candidates, errors);
    if (plan.near.length > 0) takeNearPatterns(candidates, near);
    if (near.length > 1) candidates.push(...nearCandidates(text, near, allow, exceptions));

    const seen = new Set<number | string>();
    const findings: Finding[] = [];
    const numericKeys = text.length < 1 << 21 && rules.length < 1 << 10;
    // In start order, so a negated list ("never Zelle, Venmo or Cash App", "nunca Pix ou WhatsApp") carries
    // its negation along, across categories; a name fined anyway (a competitor) still carries it on.
    candidates.sort((a, b) => a.start - b.start);
    let negatedUntil = -1;
    const covered = new Map<string, number>();
    for (const c of candidates) {
      if (c.end <= c.start || inside(allow, c)) continue;
      const rule = rules[c.rule]!;
      if (rule.category === 'platform.competitor' && inCode(text, c.start, c.end)) continue;
      if (rule.category === 'order.cancel' && cancelExplained(text, c.start, c.end)) continue;
      const excepted = containing(exceptions.get(c.rule), c);
      if (excepted) {
        // A negatable rule's refusing exceptions ("we never accept western union") carry on; a conditional
        // one ("if you cancel…") does not. Either covers the longer findings of its category starting in it.
        if (rule.negatable && refusal(n, excepted[0], excepted[1]))
          negatedUntil = Math.max(negatedUntil, c.end);
        covered.set(rule.category, Math.max(covered.get(rule.category) ?? -1, excepted[1]));
        continue;
      }
      if (c.start < (covered.get(rule.category) ?? -1)) continue;
      const listed =
        negatedUntil >= 0 && (c.start <= negatedUntil || inList(text.slice(negatedUntil, c.start)));
      if (rule.negatable) {
        if (
          listed ||
          negated(n, c.start, rule.category === 'contact.im') ||
          (c.last !== undefined
            ? negated(n, c.last, false, c.gap)
            : spansClauses(text, c.start, c.end) && negated(n, c.end)) ||
          refusedAfter(n, c.end) ||
          (rule.category !== 'abuse' && inWarning(text, c.start, c.end)) ||
          (rule.category === 'contact.im' &&
            (inFeature(text, c.start, c.end) || namedAsProduct(text, c.start, c.end)))
        ) {
          negatedUntil = Math.max(negatedUntil, c.end);
          continue;
        }
      } else if (
        rule.category === 'platform.competitor' &&
        (listed || negated(n, c.start, true)) &&
        inWarning(text, c.start, c.end)
      ) {
        // A competitor refused in a scam warning ("本店不会让您走支付宝…凡是这样要求的都是骗子").
        negatedUntil = Math.max(negatedUntil, c.end);
        continue;
      } else if (listed) negatedUntil = Math.max(negatedUntil, c.end);
      // Combining marks after the last matched character belong to it (ไลน์, नमस्ते, decomposed ệ).
      if (c.end < text.length && mayBeMark(text.charCodeAt(c.end))) c.end = extendOverMarks(text, c.end);
      const key = numericKeys
        ? (c.rule * 2 ** 21 + c.start) * 2 ** 21 + c.end
        : `${c.rule}:${c.start}:${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
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
    if (spellings.length > 0) findings.push(...fromSpellings(text, spellings, findings, locale));
    return outermost(
      text,
      findings.sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : 1)),
    );
  }

  /** Moves the matches of near families' side patterns out of the candidates, into the family words seen. */
  function takeNearPatterns(candidates: Candidate[], near: NearHit[]): void {
    let kept = 0;
    for (const c of candidates) {
      const side = nearSide(c.rule);
      if (side) near.push({ ...side, start: c.start, end: c.end });
      else candidates[kept++] = c;
    }
    candidates.length = kept;
  }

  /** Near families' pairs, from words outside allow-list words and their rule's exceptions. */
  function nearCandidates(
    text: string,
    hits: NearHit[],
    allow: [number, number][],
    exceptions: Map<number, [number, number][]>,
  ): Candidate[] {
    const kept = hits.filter((h) => {
      const rule = plan.near[h.group]!.rule;
      return !inside(allow, { rule, ...h }) && !inside(exceptions.get(rule), { rule, ...h });
    });
    return nearSpans(text, plan.near, kept);
  }

  /**
   * Sound hits: the im rule's are weak app names for the contact grammar (into `aliases`); another rule's,
   * when spelled otherwise than declared (好平 for 好评), are returned to be read again with the declared
   * spelling in their place.
   */
  function soundMatches(
    n: Normalised,
    table: NonNullable<typeof sounds>,
    aliases: AliasHit[],
    reread: boolean,
    exceptions: Map<number, [number, number][]>,
  ): Spelling[] {
    const view = phonetic(n, soundScratch);
    if (!view) return [];
    const hits = table.scan(view, soundHits);
    const out: Spelling[] = [];
    for (let i = 0; i < hits.length; i++) {
      const k = hits.entry[i]!;
      const entry = plan.sounds[k]!;
      const start = hits.start[i]!;
      const end = hits.end[i]!;
      if (entry.rule === imRule) aliases.push({ alias: -1, start, end });
      else if (
        !reread &&
        // Its rule's exception written there stands (天下午第: 今天下午第一时间, not 天下无敌).
        !containing(exceptions.get(entry.rule), { rule: entry.rule, start, end }) &&
        HAN.test(entry.text) &&
        skeletonOf(n.text.slice(start, end)) !== skeletonOf(entry.text) &&
        (STEERING.has(rules[entry.rule]!.category) ||
          LATIN.test(n.text.slice(start, end)) ||
          entry.text.length >= HOMOPHONE_FROM)
      )
        if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, text: entry.text });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Findings of the text read with the declared spellings in place, mapped back; only those they made. */
  function fromSpellings(text: string, spellings: Spelling[], have: Finding[], locale: Locale): Finding[] {
    let rewritten = '';
    let at = 0;
    const pieces: { from: number; to: number; start: number; end: number }[] = [];
    for (const s of spellings) {
      rewritten += text.slice(at, s.start);
      const from = rewritten.length;
      rewritten += s.text;
      pieces.push({ from, to: rewritten.length, start: s.start, end: s.end });
      at = s.end;
    }
    rewritten += text.slice(at);
    const back = (p: number, isEnd: boolean): number => {
      let shift = 0;
      for (const piece of pieces) {
        if (p < piece.from || (isEnd && p === piece.from)) return p - shift;
        if (p < piece.to || (isEnd && p === piece.to)) return isEnd ? piece.end : piece.start;
        shift = piece.to - piece.end;
      }
      return p - shift;
    };
    const out: Finding[] = [];
    for (const f of run(rewritten, locale, true)) {
      if (!pieces.some((p) => f.start < p.to && p.from < f.end)) continue;
      const start = back(f.start, false);
      const end = back(f.end, true);
      const same = (h: Finding) => h.ruleId === f.ruleId && h.start === start && h.end === end;
      if (have.some(same) || out.some(same)) continue;
      out.push({ ...f, start, end, match: text.slice(start, end) });
    }
    return out;
  }

  /**
   * Findings that start in the earlier messages and end in the reply: the messages and the reply are read
   * as one text, joined by paragraph separators (blanks to every detector), and only those are kept.
   */
  function acrossMessages(
    previous: readonly string[],
    text: string,
    own: Finding[],
    locale: Locale,
  ): Finding[] {
    const before = previous.join(MESSAGE_BREAK) + MESSAGE_BREAK;
    const out: Finding[] = [];
    for (const f of run(before + text, locale, false)) {
      if (f.start >= before.length || f.end <= before.length) continue;
      const end = f.end - before.length;
      if (own.some((o) => o.ruleId === f.ruleId && o.start === 0 && o.end === end)) continue;
      const earlier = before.slice(f.start).split(MESSAGE_BREAK).filter(Boolean).join(' · ');
      out.push({ ...f, start: 0, end, match: text.slice(0, end), earlier });
    }
    return out;
  }

  return {
    get errors() {
      for (const p of patterns) compiled(p, errors);
      return errors;
    },
    lint(text, options = {}) {
      if (text.length === 0) return [];
      const locale = options.locale ?? 'en';
      const own = run(text, locale, false);
      const previous = options.previous?.filter((m) => m.trim().length > 0) ?? [];
      return capFindings(
        previous.length > 0 ? [...own, ...acrossMessages(previous, text, own, locale)] : own,
      );
    },
  };
}

type Locale = 'en' | 'zh_CN' | 'zh_TW';
/** Between messages read as one text: a blank (\s) that ends no clause for the negation look-back either. */
const MESSAGE_BREAK = '\u2029';

/** Whole-run matchers for the packs' id formats (RE2); a format RE2 rejects is reported and skipped. */
function idMatchers(formats: readonly string[], errors: string[]): ((run: string) => boolean)[] {
  const out: ((run: string) => boolean)[] = [];
  for (const source of formats) {
    try {
      const re = RE2JS.compile(`^(?:${source})$`, RE2JS.CASE_INSENSITIVE);
      out.push((run) => re.matches(run));
    } catch (error) {
      errors.push(`id format ${JSON.stringify(source)}: ${(error as Error).message}`);
    }
  }
  return out;
}
/** Adds the spellings of `more` that overlap none in `into`, keeping text order. */
function mergeSpellings(into: Spelling[], more: readonly Spelling[]): void {
  if (more.length === 0) return;
  for (const s of more) if (!into.some((o) => o.start < s.end && s.start < o.end)) into.push(s);
  into.sort((a, b) => a.start - b.start);
}
const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;
/**
 * Categories where a homophone in Han alone is read as the word (薇信, 好平): the buyer is being steered.
 * Elsewhere (ad words) pinyin mixed into the word counts (zui低, 全wang), and Han alone only in words of
 * three characters or more (HOMOPHONE_FROM), since 低一点 sounds like 第一 and 定级 like 顶级.
 */
const STEERING = new Set(['contact.im', 'contact.phone', 'offplatform.payment', 'review.manipulation']);
/** Elsewhere a homophone in Han alone counts from three characters on (嘴好的, 醉低价; not 定级 for 顶级). */
const HOMOPHONE_FROM = 3;
/** What joins the items of a list: "Zelle, Venmo or Cash App", "微信、支付宝或银行卡". */
const LIST_GLUE = /^(?:\s|[,，、/&]|or|and|nor|o|y|ou|e|atau|hoặc|hay|和|或|或者)*$/i;
/** A list separator: the items between two findings ("Western Union, bank transfer or WhatsApp"). */
const LIST_SEPARATOR = /\s*(?:[,，、/&]|\s(?:or|and|nor|o|y|ou|e|atau|hoặc|hay)\s|和|或者|或)\s*/iu;

const CLAUSE_MARK = /[,，、;；:：]/;
/** A match that spans clauses ("好评…，我们不会…返现") is also read for negation from its end. */
function spansClauses(text: string, start: number, end: number): boolean {
  return CLAUSE_MARK.test(text.slice(start, end));
}

/** Whether `between` only joins list items: separators, and items of at most three words between them. */
function inList(between: string): boolean {
  if (LIST_GLUE.test(between)) return true;
  if (between.length > 48 || !LIST_SEPARATOR.test(between)) return false;
  return between
    .split(LIST_SEPARATOR)
    .every((item) => item.trim().split(/\s+/).length <= 3 && !/[.!?。！？;；:：]/.test(item));
}

const MARK = /^[\p{Mn}\p{Mc}\p{Me}]$/u;
const WORD_REST = /^[\p{L}\p{M}\p{N}]*/u;

/** A stem's or prefix's match (debil*, rembours) ends where its word does; any other entry's where it matched. */
function stemEnd(entry: TermEntry, text: string, end: number): number {
  return ((entry.edges ?? 0) & 8) !== 0 ? wordEnd(text, end) : end;
}

/** The end of the word a prefix match starts (rembours → remboursons). */
function wordEnd(text: string, end: number): number {
  return end + (WORD_REST.exec(text.slice(end, end + 40))?.[0].length ?? 0);
}

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
