/**
 * Aho-Corasick over UTF-16 code units, stored as a double-array trie in typed arrays: a code-unit → symbol
 * map, then a transition is `t = base[s] + symbol` valid when `check[t] === s + 1`; failure links and
 * dictionary-suffix links make `scan` report every occurrence of every pattern, overlapping and nested.
 */
const ROOT = 0;
/** Flag in a slot's base: the slot (or its dictionary link) has an output. */
const REPORTS = 1 << 30;
const BASE = REPORTS - 1;
/** Alphabets larger than this are split into (row, column) symbol pairs of at most LOW columns. */
const SPLIT_ABOVE = 256;
const LOW = 64;
/** Most double-array slots allowed per trie node before the build switches to split symbols. */
const MAX_SPREAD = 12;
/** Free slots tried per trie node before placing its children past the used region. */
const PLACE_TRIES = 4096;
/** Where the free-slot search resumes, by number of children (the last bucket: that many or more). */
const RESUME_BUCKETS = 17;

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
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (counts[c]!++ === 0) seen.push(c);
      }
    }
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

    // Plain trie first, in flat arrays (parent and symbol of every node); edges found through an
    // open-addressing hash of (parent, symbol) in typed arrays: no strings, no sorting, no Map per node.
    const perUnit = split ? 2 : 1;
    let total = 1;
    for (const p of patterns) total += p.length * perUnit;
    const parentOf = new Int32Array(total);
    const symOf = new Int32Array(total);
    const outOf = new Int32Array(total).fill(-1);
    let hashSize = 1024;
    while (hashSize < total * 2) hashSize *= 2;
    const mask = hashSize - 1;
    const slotNode = new Int32Array(hashSize).fill(-1); // parent of the edge in this slot (-1: empty)
    const slotSym = new Int32Array(hashSize);
    const slotChild = new Int32Array(hashSize);
    let nodes = 1;
    const child = (node: number, sym: number): number => {
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) & mask;
      for (;;) {
        const at = slotNode[h]!;
        if (at === -1) {
          const next = nodes++;
          parentOf[next] = node;
          symOf[next] = sym;
          slotNode[h] = node;
          slotSym[h] = sym;
          slotChild[h] = next;
          return next;
        }
        if (at === node && slotSym[h] === sym) return slotChild[h]!;
        h = (h + 1) & mask;
      }
    };
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id]!;
      if (p.length === 0) continue;
      let node = ROOT;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (split) {
          node = child(node, hi[c]!);
          node = child(node, lo[c]!);
        } else node = child(node, hi[c]!);
      }
      if (outOf[node] === -1) outOf[node] = id; // duplicates: the smallest id (ids come in order)
    }
    // Children of each node, contiguous (counting sort by parent).
    const childStart = new Int32Array(nodes + 1);
    for (let n = 1; n < nodes; n++) childStart[parentOf[n]! + 1]!++;
    for (let n = 0; n < nodes; n++) childStart[n + 1]! += childStart[n]!;
    const children = new Int32Array(Math.max(0, nodes - 1));
    const fillAt = childStart.slice(0, nodes);
    for (let n = 1; n < nodes; n++) children[fillAt[parentOf[n]!]!++] = n;

    if (!split && ordered.length > SPLIT_ABOVE) {
      // Estimate the spread before placing anything: each branching node needs its children's symbol range.
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
      if (spread > MAX_SPREAD * nodes + 65536) return undefined;
    }
    // Double array, filled breadth first; failure links computed as each level is placed.
    let cap = Math.max(1024, nodes * 2);
    let base = new Int32Array(cap);
    let check = new Int32Array(cap);
    let fail = new Int32Array(cap);
    let out = new Int32Array(cap).fill(-1);
    let dict = new Int32Array(cap);
    // Free slots: up[p] === p when p is free, else a larger index to look at (path-compressed, so finding
    // the next free slot from anywhere costs almost nothing even in densely packed regions).
    let up = new Int32Array(cap + 1);
    for (let p = 0; p <= cap; p++) up[p] = p;
    const ensure = (need: number) => {
      if (need < cap) return;
      const bigger = Math.max(cap * 2, need + 1024);
      const grow = <T extends Int32Array>(a: T, fill = 0): T => {
        const b = new Int32Array(bigger).fill(fill) as T;
        b.set(a);
        return b;
      };
      base = grow(base);
      check = grow(check);
      fail = grow(fail);
      out = grow(out, -1);
      dict = grow(dict);
      const wider = new Int32Array(bigger + 1);
      wider.set(up);
      for (let p = cap + 1; p <= bigger; p++) wider[p] = p;
      up = wider;
      cap = bigger;
    };
    /** The first free slot at or after p (p itself when p >= cap: everything there is free). */
    const free = (p: number): number => {
      while (p < cap && up[p] !== p) {
        const next = up[up[p]!]!;
        up[p] = next;
        p = next;
      }
      return p;
    };
    const take = (t: number) => {
      up[t] = t + 1;
    };
    take(ROOT); // the root slot is taken
    take(1); // never reachable (bases and symbols start at 1)
    check[ROOT] = -1;
    check[1] = -1;
    out[ROOT] = outOf[0]!;
    let frontier = 2;
    const resume = new Int32Array(RESUME_BUCKETS).fill(2);
    const da = new Int32Array(nodes); // trie node → double-array index
    const queue = new Int32Array(nodes);
    let queued = 1;
    const goto = (s: number, sym: number) => {
      const t = base[s]! + sym;
      return t < cap && check[t] === s + 1 ? t : -1;
    };
    for (let q = 0; q < queued; q++) {
      const node = queue[q]!;
      const s = da[node]!;
      const from = childStart[node]!;
      const to = childStart[node + 1]!;
      if (from === to) continue;
      let minSym = Number.POSITIVE_INFINITY;
      for (let j = from; j < to; j++) minSym = Math.min(minSym, symOf[children[j]!]!);
      // First fit: the lowest free slot for the smallest symbol such that every other child's slot is free
      // too; after PLACE_TRIES misses, past the used region (always free). Dense packing keeps the slots a
      // scan touches few, so they stay in the CPU cache.
      let b = -1;
      // Nodes with as many children rarely fit below where the last one did: start the search there.
      const bucket = Math.min(to - from, RESUME_BUCKETS - 1);
      let p = free(resume[bucket]!);
      for (let tries = 0; tries < PLACE_TRIES; p = free(p + 1), tries++) {
        const at = p - minSym;
        if (at < 1) continue;
        let fits = true;
        for (let j = from; j < to; j++) {
          const t = at + symOf[children[j]!]!;
          if (t < cap && up[t] !== t) {
            fits = false;
            break;
          }
        }
        if (fits) {
          b = at;
          break;
        }
      }
      resume[bucket] = p;
      if (b < 0) b = Math.max(1, frontier - minSym);
      for (let j = from; j < to; j++) ensure(b + symOf[children[j]!]!);
      base[s] = b;
      for (let j = from; j < to; j++) {
        const child = children[j]!;
        const t = b + symOf[child]!;
        check[t] = s + 1;
        take(t);
        if (t >= frontier) frontier = t + 1;
        if (!split && ordered.length > SPLIT_ABOVE && frontier > MAX_SPREAD * nodes + 65536) return undefined;
        da[child] = t;
        out[t] = outOf[child]!;
        queue[queued++] = child;
      }
      // Failure links of the children just placed.
      for (let j = from; j < to; j++) {
        const sym = symOf[children[j]!]!;
        const t = b + sym;
        let f = ROOT;
        if (s !== ROOT) {
          f = fail[s]!;
          let next = goto(f, sym);
          while (next < 0 && f !== ROOT) {
            f = fail[f]!;
            next = goto(f, sym);
          }
          f = next > 0 && next !== t ? next : ROOT;
        }
        fail[t] = f;
        dict[t] = out[f]! >= 0 ? f : dict[f]!;
      }
    }
    const lengths = new Int32Array(patterns.length);
    for (let i = 0; i < patterns.length; i++) lengths[i] = patterns[i]!.length;
    return new Automaton(
      hi,
      split ? lo : undefined,
      base,
      check,
      fail,
      out,
      dict,
      lengths,
      Math.min(frontier, cap),
    );
  }

  /**
   * Scans units[0, length) and calls `hit(patternId, end)` for every occurrence (end exclusive), in order
   * of end position; at one end position longer patterns come first.
   */
  scan(units: ArrayLike<number>, length: number, hit: (pattern: number, end: number) => void): void {
    const { hi, lo, rec, fail, report, out, dict } = this;
    const size = this.slots;
    let s = ROOT;
    if (lo === undefined) {
      for (let i = 0; i < length; i++) {
        const sym = hi[units[i]!]!;
        if (sym === 0) {
          s = ROOT;
          continue;
        }
        for (;;) {
          const t = (rec[s << 1]! & BASE) + sym;
          if (t < size && rec[(t << 1) + 1] === s + 1) {
            s = t;
            break;
          }
          if (s === ROOT) break;
          s = fail[s]!;
        }
        if ((rec[s << 1]! & REPORTS) === 0) continue;
        for (let o = report[s]!; o > 0; o = dict[o]!) hit(out[o]!, i + 1);
      }
      return;
    }
    for (let i = 0; i < length; i++) {
      const u = units[i]!;
      let sym = hi[u]!;
      if (sym === 0) {
        s = ROOT;
        continue;
      }
      for (let half = 2; half > 0; half--) {
        for (;;) {
          const t = (rec[s << 1]! & BASE) + sym;
          if (t < size && rec[(t << 1) + 1] === s + 1) {
            s = t;
            break;
          }
          if (s === ROOT) break;
          s = fail[s]!;
        }
        sym = lo[u]!;
      }
      if ((rec[s << 1]! & REPORTS) === 0) continue;
      for (let o = report[s]!; o > 0; o = dict[o]!) hit(out[o]!, i + 1);
    }
  }
}
