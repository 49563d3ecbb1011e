export interface BackoffConfig {
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Share of the delay added or removed at random: 0.2 gives ±20 %. */
  jitter: number;
}

/** Delay before the next try after `failures` consecutive failures: doubling, capped, with jitter. */
export function backoffDelay(failures: number, random: () => number, config: BackoffConfig): number {
  const exp = Math.min(config.maxBackoffMs, config.baseBackoffMs * 2 ** Math.max(0, failures - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(exp * (1 - config.jitter + 2 * config.jitter * r));
}
