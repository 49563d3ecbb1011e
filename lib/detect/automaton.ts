/**
 * Aho-Corasick over UTF-16 code units, stored as a double-array trie in typed arrays: a code-unit → symbol
 * map, then a transition is `t = base[s] + symbol` valid when `check[t] === s + 1`; failure links and
 * dictionary-suffix links make `scan` report every occurrence of every pattern, overlapping and nested.
 */
import { DoubleArrayBuilder, type FlatTrie, ROOT } from './double-array';

/** Flag in a slot's base: the slot (or its dictionary link) has an output. */
const REPORTS = 1 << 30;
const BASE = REPORTS - 1;
/** Alphabets larger than this are split into (row, column) symbol pairs of at most LOW columns. */
const SPLIT_ABOVE = 256;
const LOW = 64;
/** Most double-array slots allowed per trie node before the build switches to split symbols. */
const MAX_SPREAD = 12;

export class Automaton {
  /** Pattern lengths (in code units), by pattern id. */
  readonly lengths: Int32Array;

  /**
   * Two ints per double-array slot: base (with REPORTS set when the slot has an output on its suffix
   * chain) and check. A scan step reads the base of the state it is in and the check of the next one; at
   * 8 bytes a slot the packed array of a 10,000-term list stays in the CPU's L2 cache.
   */
  private readonly rec: Int32Array;
  /** Failure link and first reporting state (the slot itself or its dictionary link) of each slot. */
  private readonly fail: Int32Array;
  private readonly report: Int32Array;
  private readonly slots: number;

  private constructor(
    private readonly hi: Uint16Array,
    private readonly lo: Uint16Array | undefined,
    base: Int32Array,
    check: Int32Array,
    fail: Int32Array,
    private readonly out: Int32Array,
    private readonly dict: Int32Array,
    lengths: Int32Array,
    used: number,
  ) {
    this.lengths = lengths;
    this.slots = used;
    const rec = new Int32Array(used * 2);
    const report = new Int32Array(used);
    for (let t = 0; t < used; t++) {
      report[t] = out[t]! >= 0 ? t : dict[t]!;
      rec[t * 2] = base[t]! | (report[t]! > 0 ? REPORTS : 0);
      rec[t * 2 + 1] = check[t]!;
    }
    this.rec = rec;
    this.fail = fail.slice(0, used);
    this.report = report;
  }

  /** Builds the automaton; pattern i gets id i. Empty patterns never match. Duplicates share a state. */
  static build(patterns: readonly string[]): Automaton {
    // One symbol per unit scans fastest; if a big alphabet spreads the double array too thin, split.
    return Automaton.buildWith(patterns, false) ?? Automaton.buildWith(patterns, true)!;
  }

  private static buildWith(patterns: readonly string[], wantSplit: boolean): Automaton | undefined {
    // Symbols numbered by frequency: frequent units get small numbers, which packs the double array.
    const counts = new Int32Array(0x10000);
    const seen: number[] = [];
    for (const p of patterns) countUnits(p, counts, seen);
    // Large alphabets (CJK) go in as two symbols per unit, a row and a column of at most LOW, so no node's
    // children spread wider than that in the double array (memory stays near a few slots per node).
    const ordered = seen.map((c) => [c, counts[c]!] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const split = wantSplit && ordered.length > SPLIT_ABOVE;
    const rows = Math.ceil(ordered.length / LOW);
    const hi = new Uint16Array(0x10000);
    const lo = new Uint16Array(0x10000);
    ordered.forEach(([c], rank) => {
      if (split) {
        hi[c] = 1 + Math.floor(rank / LOW);
        lo[c] = 1 + rows + (rank % LOW);
      } else hi[c] = rank + 1;
    });

    // Plain trie first, in flat arrays (parent and symbol of every node).
    const perUnit = split ? 2 : 1;
    let total = 1;
    for (const p of patterns) total += p.length * perUnit;
    const trie = new TrieBuilder(total);
    for (let id = 0; id < patterns.length; id++) trie.insert(patterns[id]!, id, hi, split ? lo : undefined);
    const flat = trie.flat();
    const big = !split && ordered.length > SPLIT_ABOVE;
    if (big && spreadOf(flat) > MAX_SPREAD * flat.nodes + 65536) return undefined;
    const da = new DoubleArrayBuilder(flat);
    if (!da.placeAll(big ? MAX_SPREAD * flat.nodes + 65536 : Number.POSITIVE_INFINITY)) return undefined;
    const lengths = new Int32Array(patterns.length);
    for (let i = 0; i < patterns.length; i++) lengths[i] = patterns[i]!.length;
    return new Automaton(
      hi,
      split ? lo : undefined,
      da.base,
      da.check,
      da.fail,
      da.out,
      da.dict,
      lengths,
      Math.min(da.frontier, da.cap),
    );
  }

  /**
   * Scans units[0, length) and calls `hit(patternId, end)` for every occurrence (end exclusive), in order
   * of end position; at one end position longer patterns come first.
   */
  scan(units: ArrayLike<number>, length: number, hit: (pattern: number, end: number) => void): void {
    const { hi, lo, rec, report, out, dict } = this;
    let s = ROOT;
    for (let i = 0; i < length; i++) {
      const u = units[i]!;
      const sym = hi[u]!;
      if (sym === 0) {
        s = ROOT;
        continue;
      }
      s = this.next(s, sym);
      // Split alphabets: the unit's column symbol follows its row symbol.
      if (lo !== undefined) s = this.next(s, lo[u]!);
      if ((rec[s << 1]! & REPORTS) === 0) continue;
      for (let o = report[s]!; o > 0; o = dict[o]!) hit(out[o]!, i + 1);
    }
  }

  /** The state after `sym` from state `s`: its transition, else along failure links (the root absorbs). */
  private next(s: number, sym: number): number {
    const { rec, fail } = this;
    const size = this.slots;
    for (;;) {
      const t = (rec[s << 1]! & BASE) + sym;
      if (t < size && rec[(t << 1) + 1] === s + 1) return t;
      if (s === ROOT) return ROOT;
      s = fail[s]!;
    }
  }
}

/** Counts the units of one pattern (a function per pattern: a first build gets optimised code early). */
function countUnits(p: string, counts: Int32Array, seen: number[]): void {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (counts[c]!++ === 0) seen.push(c);
  }
}

/**
 * A trie in flat typed arrays; edges are found through an open-addressing hash of (parent, symbol): no
 * strings, no sorting, no Map per node.
 */
class TrieBuilder {
  nodes = 1;
  readonly parentOf: Int32Array;
  readonly symOf: Int32Array;
  readonly outOf: Int32Array;
  private readonly mask: number;
  private readonly slotNode: Int32Array;
  private readonly slotSym: Int32Array;
  private readonly slotChild: Int32Array;

  constructor(total: number) {
    this.parentOf = new Int32Array(total);
    this.symOf = new Int32Array(total);
    this.outOf = new Int32Array(total).fill(-1);
    let hashSize = 1024;
    while (hashSize < total * 2) hashSize *= 2;
    this.mask = hashSize - 1;
    this.slotNode = new Int32Array(hashSize).fill(-1); // parent of the edge in this slot (-1: empty)
    this.slotSym = new Int32Array(hashSize);
    this.slotChild = new Int32Array(hashSize);
  }

  /** Adds pattern `id` (symbols from `hi`, and `lo` after each when split); duplicates keep the first id. */
  insert(p: string, id: number, hi: Uint16Array, lo: Uint16Array | undefined): void {
    if (p.length === 0) return;
    let node = ROOT;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      node = this.child(node, hi[c]!);
      if (lo) node = this.child(node, lo[c]!);
    }
    if (this.outOf[node] === -1) this.outOf[node] = id;
  }

  private child(node: number, sym: number): number {
    const { slotNode, slotSym, slotChild, mask } = this;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) & mask;
    for (;;) {
      const at = slotNode[h]!;
      if (at === -1) {
        const next = this.nodes++;
        this.parentOf[next] = node;
        this.symOf[next] = sym;
        slotNode[h] = node;
        slotSym[h] = sym;
        slotChild[h] = next;
        return next;
      }
      if (at === node && slotSym[h] === sym) return slotChild[h]!;
      h = (h + 1) & mask;
    }
  }

  /** The trie with each node's children contiguous (a counting sort by parent). */
  flat(): FlatTrie {
    const { nodes, parentOf } = this;
    const childStart = new Int32Array(nodes + 1);
    for (let n = 1; n < nodes; n++) childStart[parentOf[n]! + 1]!++;
    for (let n = 0; n < nodes; n++) childStart[n + 1]! += childStart[n]!;
    const children = new Int32Array(Math.max(0, nodes - 1));
    const fillAt = childStart.slice(0, nodes);
    for (let n = 1; n < nodes; n++) children[fillAt[parentOf[n]!]!++] = n;
    return { nodes, symOf: this.symOf, outOf: this.outOf, childStart, children };
  }
}

/** The double-array spread the trie needs: each branching node needs its children's symbol range. */
function spreadOf(trie: FlatTrie): number {
  const { nodes, childStart, children, symOf } = trie;
  let spread = 0;
  for (let n = 0; n < nodes; n++) {
    const from = childStart[n]!;
    const to = childStart[n + 1]!;
    if (to - from < 2) continue;
    let min = Number.POSITIVE_INFINITY;
    let max = 0;
    for (let j = from; j < to; j++) {
      const sym = symOf[children[j]!]!;
      if (sym < min) min = sym;
      if (sym > max) max = sym;
    }
    spread += max - min;
  }
  return spread;
}
