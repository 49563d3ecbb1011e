/**
 * Aho-Corasick over UTF-16 code units, in typed arrays: a code-unit → symbol map, a dense root row, an
 * open-addressing hash for the other edges, failure links and dictionary-suffix links. `scan` reports
 * every occurrence of every pattern, overlapping and nested ones included.
 */
export class Automaton {
  /** Pattern lengths (in code units), by pattern id. */
  readonly lengths: Int32Array;

  private constructor(
    private readonly symbol: Uint16Array,
    private readonly root: Int32Array,
    private readonly keys: Float64Array,
    private readonly values: Int32Array,
    private readonly mask: number,
    private readonly shift: number,
    private readonly alphabet: number,
    private readonly fail: Int32Array,
    private readonly out: Int32Array,
    private readonly dict: Int32Array,
    lengths: Int32Array,
  ) {
    this.lengths = lengths;
  }

  /** Builds the automaton; pattern i gets id i. Empty patterns never match. Duplicates share a state. */
  static build(patterns: readonly string[]): Automaton {
    const symbol = new Uint16Array(0x10000);
    let alphabet = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (symbol[c] === 0) {
          if (alphabet === 0xffff) throw new Error('alphabet too large');
          symbol[c] = alphabet++;
        }
      }
    }
    // Trie with edges in a Map keyed by state * alphabet + symbol (build time only).
    const edges = new Map<number, number>();
    const parents: number[] = [0];
    const viaSymbol: number[] = [0];
    const outList: number[] = [-1];
    for (let id = 0; id < patterns.length; id++) {
      const p = patterns[id]!;
      if (p.length === 0) continue;
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const key = state * alphabet + symbol[p.charCodeAt(i)]!;
        let next = edges.get(key);
        if (next === undefined) {
          next = parents.length;
          parents.push(state);
          viaSymbol.push(symbol[p.charCodeAt(i)]!);
          outList.push(-1);
          edges.set(key, next);
        }
        state = next;
      }
      if (outList[state] === -1) outList[state] = id;
    }
    const states = parents.length;
    const root = new Int32Array(alphabet);
    let size = 1;
    while (size < edges.size * 2 + 2) size <<= 1;
    const keys = new Float64Array(size).fill(-1);
    const values = new Int32Array(size);
    const mask = size - 1;
    const shift = 32 - Math.log2(size);
    const children: number[][] = Array.from({ length: states }, () => []);
    for (const [key, next] of edges) {
      const state = Math.floor(key / alphabet);
      children[state]!.push(next);
      if (state === 0) root[key % alphabet] = next;
      else {
        let h = Math.imul(key, 0x9e3779b1) >>> shift;
        while (keys[h] !== -1) h = (h + 1) & mask;
        keys[h] = key;
        values[h] = next;
      }
    }
    const fail = new Int32Array(states);
    const out = Int32Array.from(outList);
    const dict = new Int32Array(states);
    const lengths = new Int32Array(patterns.length);
    for (let i = 0; i < patterns.length; i++) lengths[i] = patterns[i]!.length;
    const automaton = new Automaton(
      symbol,
      root,
      keys,
      values,
      mask,
      shift,
      alphabet,
      fail,
      out,
      dict,
      lengths,
    );
    // Breadth-first failure links.
    const queue: number[] = [...children[0]!];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      const sym = viaSymbol[state]!;
      const parent = parents[state]!;
      if (parent !== 0) {
        let f = fail[parent]!;
        let target = automaton.step(f, sym);
        while (target < 0 && f !== 0) {
          f = fail[f]!;
          target = automaton.step(f, sym);
        }
        fail[state] = target > 0 && target !== state ? target : 0;
      }
      const f = fail[state]!;
      dict[state] = out[f]! >= 0 ? f : dict[f]!;
      for (const child of children[state]!) queue.push(child);
    }
    return automaton;
  }

  /** The edge from `state` on symbol `sym`, or -1 (root never fails: missing root edges lead to 0). */
  private step(state: number, sym: number): number {
    if (state === 0) return this.root[sym]!;
    const key = state * this.alphabet + sym;
    const mask = this.mask;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[h]!;
      if (k === key) return this.values[h]!;
      if (k === -1) return -1;
      h = (h + 1) & mask;
    }
  }

  /**
   * Scans units[0, length) and calls `hit(patternId, end)` for every occurrence (end exclusive), in order
   * of end position; at one end position longer patterns come first.
   */
  scan(units: ArrayLike<number>, length: number, hit: (pattern: number, end: number) => void): void {
    const { symbol, fail, out, dict } = this;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const sym = symbol[units[i]!]!;
      if (sym === 0) {
        state = 0;
        continue;
      }
      let next = this.step(state, sym);
      while (next < 0) {
        state = fail[state]!;
        next = this.step(state, sym);
      }
      state = next;
      let o = out[state]! >= 0 ? state : dict[state]!;
      while (o > 0) {
        hit(out[o]!, i + 1);
        o = dict[o]!;
      }
    }
  }
}
