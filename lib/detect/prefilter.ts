/**
 * Literal prefilters for RE2 patterns: for a pattern, a set of strings ("atoms") at least one of which occurs
 * in every text the pattern can match (RE2's prefilter idea, simplified). The linter scans the text once for
 * all atoms of all patterns (one small Aho-Corasick pass over typed arrays) and runs re2js only on patterns
 * whose atoms occur: re2js's DFA costs far more per character than the automaton.
 *
 * The analysis is conservative: any syntax it does not understand yields `undefined` (always run the pattern).
 * Atoms are lower case, because patterns run on the lower-cased base view.
 */

type Info =
  /** Exactly the strings the piece can match (small sets only). */
  | { kind: 'exact'; set: Set<string> }
  /** Every match contains at least one of these non-empty strings. */
  | { kind: 'or'; set: Set<string> }
  /** No constraint. */
  | { kind: 'any' };

const ANY: Info = { kind: 'any' };
/** A word boundary (`\b`) inside an atom string while the pattern is read; stripped at the end. */
const EDGE = '\u0001';
const EMPTY = (): Info => ({ kind: 'exact', set: new Set(['']) });
const MAX_EXACT = 16;

function toOr(info: Info): Info {
  if (info.kind !== 'exact') return info;
  for (const s of info.set) if (s === '') return ANY;
  return { kind: 'or', set: info.set };
}

/** How selective the weakest atom of a set is: its length, CJK and other wide characters counting double. */
function minLength(set: Set<string>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of set) {
    let w = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 1) w += c >= 0x2e80 ? 2 : 1;
    }
    min = Math.min(min, w);
  }
  return min;
}

/** The stronger of two necessary conditions (longer shortest atom, then fewer atoms). */
function better(a: Info, b: Info): Info {
  if (a.kind === 'any') return b;
  if (b.kind === 'any') return a;
  const la = minLength(a.set);
  const lb = minLength(b.set);
  if (la !== lb) return la > lb ? a : b;
  return a.set.size <= b.set.size ? a : b;
}

function concat(a: Info, b: Info): Info {
  if (a.kind === 'exact' && b.kind === 'exact' && a.set.size * b.set.size <= MAX_EXACT) {
    const set = new Set<string>();
    for (const x of a.set) for (const y of b.set) set.add(x + y);
    return { kind: 'exact', set };
  }
  return better(toOr(a), toOr(b));
}

function alternate(a: Info, b: Info): Info {
  if (a.kind === 'exact' && b.kind === 'exact' && a.set.size + b.set.size <= MAX_EXACT * 4)
    return { kind: 'exact', set: new Set([...a.set, ...b.set]) };
  const x = toOr(a);
  const y = toOr(b);
  if (x.kind !== 'or' || y.kind !== 'or') return ANY;
  return { kind: 'or', set: new Set([...x.set, ...y.set]) };
}

class Unsupported extends Error {}

/** `info`, noted among a sequence's `factors` when it is a condition ("one of these atoms"). */
function kept(factors: Info[], info: Info): Info {
  if (info.kind === 'or') factors.push(info);
  return info;
}

/** A bound of `fixed` units and no runs. */
function units(fixed: number): LengthBound {
  return { fixed, ws: 0, word: 0 };
}

// Sticky: matched where the reader stands, without copying the rest of the source.
const GROUP_PREFIX = /\?(?:P?<\w+>|[imsU-]*:)/y;
const REPEAT = /\{(\d+)(,(\d*))?\}/y;
const PROPERTY = /\\[pP](?:\{\^?\w+\}|\w)/y;

function at(re: RegExp, src: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(src);
}

/** The index after a group's opening `(` and its `?:`, `?P<name>` or `?flags:` (flag-only groups unsupported). */
function groupStart(src: string, open: number): number {
  const i = open + 1;
  if (src[i] !== '?') return i;
  const m = at(GROUP_PREFIX, src, i);
  if (!m) throw new Unsupported(); // flag groups such as (?i) change the rest of the pattern
  return i + m[0].length;
}

/** The index after a character class starting at `open` (`[`). */
function classEnd(src: string, open: number): number {
  let i = open + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  while (i < src.length && src[i] !== ']') {
    if (src[i] === '\\') i += 2;
    else if (src.startsWith('[:', i)) {
      const end = src.indexOf(':]', i + 2);
      if (end < 0) throw new Unsupported();
      i = end + 2;
    } else i++;
  }
  if (src[i] !== ']') throw new Unsupported();
  return i + 1;
}

/** A small recursive-descent reader of RE2 syntax, enough to find necessary literals. */
class Reader {
  i = 0;
  /** Group depth, and the necessary conditions of the last top-level sequence (all of them must hold). */
  private depth = 0;
  factors: Info[] = [];
  constructor(private readonly src: string) {}

  alternation(): Info {
    let info = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      info = alternate(info, this.sequence());
    }
    return info;
  }

  private sequence(): Info {
    // `run`: the exact strings of the current run of exact pieces; `best`: the strongest condition so far.
    let run = EMPTY();
    let best: Info = ANY;
    let exact = true;
    const factors: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const piece = this.repeat(this.atom());
      if (piece.kind === 'exact') {
        const joined = concat(run, piece);
        if (joined.kind === 'exact') run = joined;
        else {
          exact = false;
          best = better(best, kept(factors, toOr(run)));
          run = piece;
        }
      } else {
        exact = false;
        best = better(best, better(kept(factors, toOr(run)), kept(factors, piece)));
        run = EMPTY();
      }
    }
    if (this.depth === 0) this.factors = exact ? [] : [...factors, toOr(run)].filter((f) => f.kind === 'or');
    return exact ? run : better(best, kept(factors, toOr(run)));
  }

  private repeat(info: Info): Info {
    const src = this.src;
    for (;;) {
      const c = src[this.i];
      let min: number;
      let max: number;
      if (c === '?' || c === '*' || c === '+') {
        this.i++;
        min = c === '+' ? 1 : 0;
        max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
      } else if (c === '{') {
        const m = at(REPEAT, src, this.i);
        if (!m) return concat(info, this.literal('{')); // RE2 reads a malformed repeat as a literal '{'
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      } else return info;
      if (src[this.i] === '?') this.i++; // non-greedy
      if (min === 0) {
        // Optional: exact only as "nothing or once"; otherwise no constraint at all.
        info =
          max === 1 && info.kind === 'exact' && info.set.size < MAX_EXACT
            ? { kind: 'exact', set: new Set(['', ...info.set]) }
            : ANY;
      } else if (!(min === 1 && max === 1)) info = toOr(info);
    }
  }

  private literal(c: string): Info {
    this.i++;
    const lower = c.toLowerCase();
    if (lower.length !== c.length) throw new Unsupported();
    return { kind: 'exact', set: new Set([lower]) };
  }

  private atom(): Info {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      this.i = groupStart(src, this.i);
      this.depth++;
      const info = this.alternation();
      this.depth--;
      if (src[this.i] !== ')') throw new Unsupported();
      this.i++;
      return info;
    }
    if (c === '[') {
      this.i = classEnd(src, this.i);
      return ANY;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY();
    }
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unsupported();
    if (c === '\\') {
      const d = src[this.i + 1];
      if (d === undefined) throw new Unsupported();
      if (d === 'b') {
        this.i += 2;
        return { kind: 'exact', set: new Set([EDGE]) };
      }
      if ('BAz'.includes(d)) {
        this.i += 2;
        return EMPTY();
      }
      if ('dDsSwW'.includes(d)) {
        this.i += 2;
        return ANY;
      }
      if (d === 'p' || d === 'P') {
        const m = at(PROPERTY, src, this.i);
        if (!m) throw new Unsupported();
        this.i += m[0].length;
        return ANY;
      }
      if (d === 'n' || d === 't' || d === 'r' || d === 'f' || d === 'v') {
        this.i++;
        return this.literal({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' }[d]);
      }
      if (/[^\p{L}\p{N}]/u.test(d)) {
        this.i++;
        return this.literal(d);
      }
      throw new Unsupported(); // \x.., \Q…\E, octal, \C… : not worth modelling
    }
    const cp = src.codePointAt(this.i)!;
    if (cp > 0xffff) {
      this.i++;
      const info = this.literal(String.fromCodePoint(cp));
      return info;
    }
    return this.literal(c);
  }
}

/** A necessary literal, and whether the pattern puts a word boundary (`\b`) right before / after it. */
export interface Atom {
  text: string;
  left: boolean;
  right: boolean;
}

/**
 * Necessary atoms of an RE2 pattern, as a conjunction of alternatives: every match contains, for each
 * inner list, at least one of its (lower-case, non-empty) atoms, at a word boundary where the atom says
 * so. Undefined when the pattern may match without any literal (or uses syntax this reader does not
 * model): then it must always run.
 */
export function prefilterConditions(source: string): Atom[][] | undefined {
  return memo(conditionsOf, source, analysed.conditions);
}

/** Analyses by pattern source: a linter is compiled again on every rules update, with the same patterns. */
const analysed = {
  conditions: new Map<string, Atom[][] | undefined>(),
  lengths: new Map<string, LengthBound>(),
};

function memo<T>(analyse: (source: string) => T, source: string, cache: Map<string, T>): T {
  if (cache.has(source)) return cache.get(source) as T;
  if (cache.size > 5000) cache.clear();
  const result = analyse(source);
  cache.set(source, result);
  return result;
}

function conditionsOf(source: string): Atom[][] | undefined {
  let lists: string[][];
  try {
    const reader = new Reader(source);
    const info = toOr(reader.alternation());
    if (reader.i !== source.length) return undefined;
    if (info.kind !== 'or') return undefined;
    // A single top-level sequence keeps all its conditions; an alternation keeps the collapsed one.
    const all = source.includes('|') && !topLevelSequence(source) ? [] : reader.factors;
    lists = (all.length > 0 ? all : [info]).map((f) => [...(f as { set: Set<string> }).set]);
  } catch {
    return undefined;
  }
  const conditions = lists
    .map((list) =>
      list.map((s) => ({ text: s.replaceAll(EDGE, ''), left: s.startsWith(EDGE), right: s.endsWith(EDGE) })),
    )
    // A condition with an atom that is only a boundary constrains nothing.
    .filter((atoms) => atoms.every((a) => a.text !== ''));
  return conditions.length > 0 ? conditions : undefined;
}

/** The atoms of `prefilterConditions` as plain strings (boundaries left out). */
export function prefilterAtoms(source: string): string[][] | undefined {
  return prefilterConditions(source)?.map((atoms) => [...new Set(atoms.map((a) => a.text))]);
}

/** Whether the pattern has no `|` outside groups and classes. */
function topLevelSequence(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') {
        if (source[i] === '\\') i++;
        i++;
      }
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/**
 * A match length bound: `fixed` units, plus `ws` times the longest run of blanks in the text, plus `word`
 * times its longest run of RE2 word characters ([0-9A-Za-z_]).
 */
export interface LengthBound {
  fixed: number;
  ws: number;
  word: number;
}

const UNBOUNDED: LengthBound = { fixed: Number.POSITIVE_INFINITY, ws: 0, word: 0 };

/**
 * An upper bound on the length (UTF-16 units) of any match of an RE2 pattern, as `fixed + ws × (longest run
 * of RE2 blanks [\t\n\f\r ] in the text) + word × (longest run of [0-9A-Za-z_])`: `\s+` can match no more
than the longest blank run, `\w*` or `[a-z0-9]+` no more than the longest word run. `fixed`
 * is Infinity when a match can be arbitrarily long otherwise, the pattern is anchored (^ $), or its syntax
 * is not modelled here. A bounded pattern can run on windows around its atoms instead of the whole text.
 */
export function maxMatchLength(source: string): LengthBound {
  return memo(lengthOf, source, analysed.lengths);
}

function lengthOf(source: string): LengthBound {
  try {
    const reader = new LengthReader(source);
    const bound = reader.alternation();
    return reader.i === source.length ? bound : UNBOUNDED;
  } catch {
    return UNBOUNDED;
  }
}

const add = (a: LengthBound, b: LengthBound): LengthBound => ({
  fixed: a.fixed + b.fixed,
  ws: a.ws + b.ws,
  word: a.word + b.word,
});
const times = (a: LengthBound, n: number): LengthBound =>
  n === Number.POSITIVE_INFINITY ? UNBOUNDED : { fixed: a.fixed * n, ws: a.ws * n, word: a.word * n };
const ZERO: LengthBound = { fixed: 0, ws: 0, word: 0 };
/** What one repeated atom matches at most when repeated without limit: one run of blanks or of word units. */
const RUN: Record<'blank' | 'word', LengthBound> = {
  blank: { fixed: 0, ws: 1, word: 0 },
  word: { fixed: 0, ws: 0, word: 1 },
};
/** A class of ASCII letters, digits and `_` only (no negation, no escape but \d and \w). */
const WORD_CLASS = /^\[(?:[0-9A-Za-z_](?:-[0-9A-Za-z_])?|\\[dw])+\]$/;

/** Whether an atom's source is one blank, one word unit, or neither. */
function runKind(atom: string): 'blank' | 'word' | null {
  if (atom === '\\s') return 'blank';
  return atom === '\\w' || atom === '\\d' || WORD_CLASS.test(atom) ? 'word' : null;
}

class LengthReader {
  i = 0;
  constructor(private readonly src: string) {}

  alternation(): LengthBound {
    let max = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      max = {
        fixed: Math.max(max.fixed, next.fixed),
        ws: Math.max(max.ws, next.ws),
        word: Math.max(max.word, next.word),
      };
    }
    return max;
  }

  private sequence(): LengthBound {
    let sum = ZERO;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const start = this.i;
      const atom = this.atom();
      sum = add(sum, this.repeat(atom, runKind(this.src.slice(start, this.i))));
    }
    return sum;
  }

  private repeat(bound: LengthBound, run: 'blank' | 'word' | null): LengthBound {
    for (;;) {
      const c = this.src[this.i];
      if (c === '?') {
        this.i++;
      } else if (c === '*' || c === '+') {
        this.i++;
        // \s+ (\w+) matches one run of blanks (word units) at most: as long as the text's longest.
        bound = run ? RUN[run] : bound.fixed === 0 && bound.ws === 0 && bound.word === 0 ? ZERO : UNBOUNDED;
        run = null;
      } else if (c === '{') {
        const m = at(REPEAT, this.src, this.i);
        if (!m) throw new Unsupported(); // a literal '{': not worth modelling
        this.i += m[0].length;
        const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
        bound = run && max === Number.POSITIVE_INFINITY ? RUN[run] : times(bound, max);
        run = null;
      } else return bound;
      if (this.src[this.i] === '?') this.i++; // non-greedy
    }
  }

  private atom(): LengthBound {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      this.i = groupStart(src, this.i);
      const bound = this.alternation();
      if (src[this.i] !== ')') throw new Unsupported();
      this.i++;
      return bound;
    }
    if (c === '[') {
      this.i = classEnd(src, this.i);
      return units(2); // one character, maybe outside the BMP
    }
    if (c === '.') {
      this.i++;
      return units(2);
    }
    if (c === '^' || c === '$' || c === '*' || c === '+' || c === '?' || c === ')') throw new Unsupported();
    if (c === '\\') {
      const d = src[this.i + 1];
      if (d === undefined) throw new Unsupported();
      if ('bB'.includes(d)) {
        this.i += 2;
        return ZERO;
      }
      if ('dDsSwW'.includes(d)) {
        this.i += 2;
        return units(2);
      }
      if (d === 'p' || d === 'P') {
        const m = at(PROPERTY, src, this.i);
        if (!m) throw new Unsupported();
        this.i += m[0].length;
        return units(2);
      }
      if ('ntrfv'.includes(d) || /[^\p{L}\p{N}]/u.test(d)) {
        this.i += 2;
        return units(1);
      }
      throw new Unsupported(); // \A \z \x.. \Q…\E, octal: not modelled
    }
    const cp = src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return units(cp > 0xffff ? 2 : 1);
  }
}
