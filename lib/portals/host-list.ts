/** `prefix.tld` for each top-level domain a portal runs under. */
export function withTlds(prefix: string, tlds: readonly string[]): string[] {
  return tlds.map((tld) => `${prefix}.${tld}`);
}
