/** Pack versions: MAJOR.MINOR.PATCH, compared numerically; a synced pack may only move forward. */
const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

export function parseVersion(version: string): [number, number, number] | undefined {
  const m = VERSION.exec(version);
  if (!m) return undefined;
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number];
  return parts.every(Number.isSafeInteger) ? parts : undefined;
}

/** Negative when a < b, 0 when equal, positive when a > b. Throws on a malformed version. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) throw new Error(`not a MAJOR.MINOR.PATCH version: ${pa ? b : a}`);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** True when `next` is strictly newer than `current` (or there is no current version). */
export function isNewer(next: string, current: string | undefined): boolean {
  return current === undefined || compareVersions(next, current) > 0;
}
