/**
 * Aho-Corasick over UTF-16 code units, stored as a double-array trie in typed arrays: a code-unit → symbol
 * map, then a transition is `t = base[s] + symbol` valid when `check[t] === s + 1`; failure links and
 * dictionary-suffix links make `scan` report every occurrence of every pattern, overlapping and nested.
 */
const ROOT = 0;
/** Alphabets larger than this are split into (row, column) symbol pairs of at most LOW columns. */
const SPLIT_ABOVE = 256;
const LOW = 64;
/** Most double-array slots allowed per trie node before the build switches to split symbols. */
const MAX_SPREAD = 12;

export class Automaton {
  /** Pattern lengths (in code units), by pattern id. */
  readonly lengths: Int32Array;

  private constructor(
    private readonly hi: Uint16Array,
    private readonly lo: Uint16Array | undefined,
    private readonly base: Int32Array,
    private readonly check: Int32Array,
    private readonly fail: Int32Array,
    private readonly out: Int32Array,
    private readonly dict: Int32Array,
    lengths: Int32Array,
  ) {
    this.lengths = lengths;
  }

  /** Builds the automaton; pattern i gets id i. Empty patterns never match. Duplicates share a state. */
  static build(patterns: readonly string[]): Automaton {
    // One symbol per unit scans fastest; if a big alphabet spreads the double array too thin, split.
    return Automaton.buildWith(patterns, false) ?? Automaton.buildWith(patterns, true)!;
  }

  private static buildWith(patterns: readonly string[], wantSplit: boolean): Automaton | undefined {
    // Symbols numbered by frequency: frequent units get small numbers, which packs the double array.
    const counts = new Map<number, number>();
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
    // Large alphabets (CJK) go in as two symbols per unit, a row and a column of at most LOW, so no node's
    // children spread wider than that in the double array (memory stays near a few slots per node).
    const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1]);
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

    // Plain trie first, in flat arrays (parent and symbol of every node), built from the patterns sorted by
    // their symbol sequences: each one shares a prefix with the one before, so no edge lookup is needed.
    const perUnit = split ? 2 : 1;
    const seqs: string[] = patterns.map((p) => {
      let seq = '';
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        seq += split ? String.fromCharCode(hi[c]!, lo[c]!) : String.fromCharCode(hi[c]!);
      }
      return seq;
    });
    const order = seqs
      .map((_, i) => i)
      .sort((a, b) => (seqs[a]! < seqs[b]! ? -1 : seqs[a]! > seqs[b]! ? 1 : a - b));
    let total = 1;
    for (const p of patterns) total += p.length * perUnit;
    const parentOf = new Int32Array(total);
    const symOf = new Int32Array(total);
    const outOf = new Int32Array(total).fill(-1);
    let maxLen = 0;
    for (const seq of seqs) maxLen = Math.max(maxLen, seq.length);
    const path = new Int32Array(maxLen + 1); // path[d]: node of the previous pattern at depth d
    let previous = '';
    let nodes = 1;
    for (const id of order) {
      const seq = seqs[id]!;
      if (seq.length === 0) continue;
      let lcp = 0;
      while (lcp < seq.length && lcp < previous.length && seq.charCodeAt(lcp) === previous.charCodeAt(lcp))
        lcp++;
      for (let d = lcp; d < seq.length; d++) {
        const next = nodes++;
        parentOf[next] = path[d]!;
        symOf[next] = seq.charCodeAt(d);
        path[d + 1] = next;
      }
      const node = path[seq.length]!;
      if (outOf[node] === -1 || id < outOf[node]!) outOf[node] = id;
      previous = seq;
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
      cap = bigger;
    };
    check[ROOT] = -1; // the root slot is taken
    check[1] = -1; // never reachable (bases and symbols start at 1): keep the free-slot search moving
    out[ROOT] = outOf[0]!;
    let firstFree = 2;
    let frontier = 2;
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
      while (firstFree < cap && check[firstFree] !== 0) firstFree++;
      // First fit from the lowest free slot; after a few misses, past the used region (always free).
      let b = Math.max(1, firstFree - minSym);
      for (let tries = 0; ; tries++, b++) {
        if (tries === 8) b = Math.max(b, frontier - minSym);
        let fits = true;
        for (let j = from; j < to; j++) {
          const t = b + symOf[children[j]!]!;
          if (t < cap && check[t] !== 0) {
            fits = false;
            break;
          }
        }
        if (fits) break;
      }
      for (let j = from; j < to; j++) ensure(b + symOf[children[j]!]!);
      base[s] = b;
      for (let j = from; j < to; j++) {
        const child = children[j]!;
        const t = b + symOf[child]!;
        check[t] = s + 1;
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
    return new Automaton(hi, split ? lo : undefined, base, check, fail, out, dict, lengths);
  }

  /**
   * Scans units[0, length) and calls `hit(patternId, end)` for every occurrence (end exclusive), in order
   * of end position; at one end position longer patterns come first.
   */
  scan(units: ArrayLike<number>, length: number, hit: (pattern: number, end: number) => void): void {
    const { hi, lo, base, check, fail, out, dict } = this;
    const size = check.length;
    let s = ROOT;
    for (let i = 0; i < length; i++) {
      const u = units[i]!;
      let sym = hi[u]!;
      if (sym === 0) {
        s = ROOT;
        continue;
      }
      for (let half = lo ? 2 : 1; half > 0; half--) {
        for (;;) {
          const t = base[s]! + sym;
          if (t < size && check[t] === s + 1) {
            s = t;
            break;
          }
          if (s === ROOT) break;
          s = fail[s]!;
        }
        if (lo) sym = lo[u]!;
      }
      let o = out[s]! >= 0 ? s : dict[s]!;
      while (o > 0) {
        hit(out[o]!, i + 1);
        o = dict[o]!;
      }
    }
  }
}
