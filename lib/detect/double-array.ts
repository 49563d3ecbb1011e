/**
 * Places a trie into a double array (`t = base[s] + symbol` is a transition when `check[t] === s + 1`)
 * breadth first, with Aho-Corasick failure and dictionary links computed as each level is placed.
 * Placement is first fit over a path-compressed free-slot finder, resuming per child count, which packs
 * the 10,000-term bench list into about one slot per trie node. The work happens in small methods called
 * once per trie node, so even the first compile in a process runs optimised code after a few hundred nodes.
 */
export const ROOT = 0;
/** Free slots tried per trie node before placing its children past the used region. */
const PLACE_TRIES = 256;
/** Where the free-slot search resumes, by number of children (the last bucket: that many or more). */
const RESUME_BUCKETS = 17;

/** A trie in flat arrays: parent, symbol and output (pattern id or -1) per node; children contiguous. */
export interface FlatTrie {
  nodes: number;
  symOf: Int32Array;
  outOf: Int32Array;
  /** Children of node n: children[childStart[n] .. childStart[n + 1]). */
  childStart: Int32Array;
  children: Int32Array;
}

export class DoubleArrayBuilder {
  cap: number;
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  out: Int32Array;
  dict: Int32Array;
  /** up[p] === p when slot p is free, else a larger index to look at (path-compressed). */
  private up: Int32Array;
  /** One past the highest slot used. */
  frontier = 2;
  private readonly resume = new Int32Array(RESUME_BUCKETS).fill(2);
  /** Trie node → slot, and the breadth-first queue of nodes placed but whose children are not yet. */
  private readonly slotOf: Int32Array;
  private readonly queue: Int32Array;
  private queued = 1;

  constructor(private readonly trie: FlatTrie) {
    this.cap = Math.max(1024, trie.nodes * 2);
    this.base = new Int32Array(this.cap);
    this.check = new Int32Array(this.cap);
    this.fail = new Int32Array(this.cap);
    this.out = new Int32Array(this.cap).fill(-1);
    this.dict = new Int32Array(this.cap);
    this.up = new Int32Array(this.cap + 1);
    for (let p = 0; p <= this.cap; p++) this.up[p] = p;
    this.slotOf = new Int32Array(trie.nodes);
    this.queue = new Int32Array(trie.nodes);
    // The root's slot is taken; slot 1 is never reachable (bases and symbols start at 1).
    this.take(ROOT);
    this.take(1);
    this.check[ROOT] = -1;
    this.check[1] = -1;
    this.out[ROOT] = trie.outOf[ROOT]!;
  }

  /**
   * Places every node breadth first. `limit`: give up (return false) once the used region passes it.
   */
  placeAll(limit = Number.POSITIVE_INFINITY): boolean {
    for (let q = 0; q < this.queued; q++) {
      this.placeChildren(this.queue[q]!);
      if (this.frontier > limit) return false;
    }
    return true;
  }

  private placeChildren(node: number): void {
    const { childStart, children, symOf, outOf } = this.trie;
    const from = childStart[node]!;
    const to = childStart[node + 1]!;
    if (from === to) return;
    const s = this.slotOf[node]!;
    const b = this.fit(from, to);
    for (let j = from; j < to; j++) this.ensure(b + symOf[children[j]!]!);
    this.base[s] = b;
    for (let j = from; j < to; j++) {
      const child = children[j]!;
      const t = b + symOf[child]!;
      this.check[t] = s + 1;
      this.take(t);
      if (t >= this.frontier) this.frontier = t + 1;
      this.slotOf[child] = t;
      this.out[t] = outOf[child]!;
      this.queue[this.queued++] = child;
    }
    for (let j = from; j < to; j++) this.link(s, b + symOf[children[j]!]!, symOf[children[j]!]!);
  }

  /**
   * First fit: the lowest base such that every child's slot is free, searched from where the last node
   * with as many children went; after PLACE_TRIES misses, past the used region (always free).
   */
  private fit(from: number, to: number): number {
    const { children, symOf } = this.trie;
    let minSym = Number.POSITIVE_INFINITY;
    for (let j = from; j < to; j++) minSym = Math.min(minSym, symOf[children[j]!]!);
    const bucket = Math.min(to - from, RESUME_BUCKETS - 1);
    let p = this.free(this.resume[bucket]!);
    let b = -1;
    for (let tries = 0; tries < PLACE_TRIES; p = this.free(p + 1), tries++) {
      const at = p - minSym;
      if (at >= 1 && this.fits(at, from, to)) {
        b = at;
        break;
      }
    }
    this.resume[bucket] = p;
    return b < 0 ? Math.max(1, this.frontier - minSym) : b;
  }

  private fits(at: number, from: number, to: number): boolean {
    const { children, symOf } = this.trie;
    for (let j = from; j < to; j++) {
      const t = at + symOf[children[j]!]!;
      if (t < this.cap && this.up[t] !== t) return false;
    }
    return true;
  }

  /** Failure and dictionary links of slot t, reached from slot s by `sym`. */
  private link(s: number, t: number, sym: number): void {
    let f = ROOT;
    if (s !== ROOT) {
      f = this.fail[s]!;
      let next = this.goto(f, sym);
      while (next < 0 && f !== ROOT) {
        f = this.fail[f]!;
        next = this.goto(f, sym);
      }
      f = next > 0 && next !== t ? next : ROOT;
    }
    this.fail[t] = f;
    this.dict[t] = this.out[f]! >= 0 ? f : this.dict[f]!;
  }

  private goto(s: number, sym: number): number {
    const t = this.base[s]! + sym;
    return t < this.cap && this.check[t] === s + 1 ? t : -1;
  }

  /** The first free slot at or after p (p itself when p >= cap: everything there is free). */
  private free(p: number): number {
    const up = this.up;
    while (p < this.cap && up[p] !== p) {
      const next = up[up[p]!]!;
      up[p] = next;
      p = next;
    }
    return p;
  }

  private take(t: number): void {
    this.up[t] = t + 1;
  }

  private ensure(need: number): void {
    if (need < this.cap) return;
    const bigger = Math.max(this.cap * 2, need + 1024);
    const grow = (a: Int32Array, fill = 0): Int32Array => {
      const b = new Int32Array(bigger).fill(fill);
      b.set(a);
      return b;
    };
    this.base = grow(this.base);
    this.check = grow(this.check);
    this.fail = grow(this.fail);
    this.out = grow(this.out, -1);
    this.dict = grow(this.dict);
    const wider = new Int32Array(bigger + 1);
    wider.set(this.up);
    for (let p = this.cap + 1; p <= bigger; p++) wider[p] = p;
    this.up = wider;
    this.cap = bigger;
  }
}
