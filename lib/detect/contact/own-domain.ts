/** Whether `host` is one of the platform's own domains or a subdomain of one (relay.walmart.com). */
export function isOwnDomain(host: string, own: readonly string[]): boolean {
  return own.some((d) => host === d || host.endsWith(`.${d}`));
}
