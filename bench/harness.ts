/**
 * A tiny benchmark harness: seeded random numbers, timing statistics, heap measurement and a registry.
 * A benchmark module calls `register(...)`; bench/run.ts imports every module and runs them in order.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export { seeded } from '@/tests/support/seeded';

export interface Benchmark {
  name: string;
  /** Runs the benchmark and returns a markdown section (heading included). */
  run(): Promise<string> | string;
}

const registry: Benchmark[] = [];

export function register(benchmark: Benchmark): void {
  registry.push(benchmark);
}

export function registered(): readonly Benchmark[] {
  return registry;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap used after a full collection, in bytes. */
export function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export interface Timing {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

/**
 * Times `fn` over the inputs: a warm-up pass, then passes until `passes` are done or `budgetMs` is spent
 * (at least one full pass). Returns per-call median and 95th percentile.
 */
export function time<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  passes = 3,
  budgetMs = 8000,
): Timing {
  for (const input of inputs.slice(0, Math.min(inputs.length, 50))) fn(input);
  const samples: number[] = [];
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const input of inputs) {
      const t0 = performance.now();
      fn(input);
      samples.push(performance.now() - t0);
    }
    if (performance.now() - started > budgetMs) break;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { medianMs: at(0.5), p95Ms: at(0.95), samples: samples.length };
}

/**
 * Times several functions over the same inputs, taking turns pass by pass (each pass runs all inputs
 * through one function, then the next), so a noisy neighbour on a shared machine slows them all alike
 * and their ratio holds. Returns one Timing per function.
 */
export function timeTogether<T>(
  inputs: readonly T[],
  fns: readonly ((input: T) => unknown)[],
  passes = 10,
  budgetMs = 20_000,
): Timing[] {
  const samples = fns.map(() => [] as number[]);
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    fns.forEach((fn, f) => {
      // A short warm-up in every pass: the previous function's data has left the CPU caches.
      for (const input of inputs.slice(0, 10)) fn(input);
      for (const input of inputs) {
        const t0 = performance.now();
        fn(input);
        samples[f]!.push(performance.now() - t0);
      }
    });
    if (performance.now() - started > budgetMs) break;
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    const at = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))]!;
    return { medianMs: at(0.5), p95Ms: at(0.95), samples: list.length };
  });
}

export const fmt = (ms: number) => (ms >= 10 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
