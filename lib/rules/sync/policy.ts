import { isAllowedSourceUrl, type ManagedPolicy } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an enterprise policy (storage.managed) entry by entry and fails closed: a bad source entry costs
 * only that entry; a `sources` value that is no list keeps no policy source and turns user sources off
 * (the administrator meant to choose the sources); a `disableUserSources` that is no boolean counts as
 * true and an `allowUserOverrides` that is no boolean as false. Every problem is listed in `errors`.
 * No policy at all (nothing set) is the open default.
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const policy: ManagedPolicy = {
    sources: [],
    disableUserSources: false,
    allowUserOverrides: false,
    errors: [],
  };
  if (raw === undefined || raw === null) return policy;
  if (!isRecord(raw)) {
    policy.errors.push('the policy is not an object');
    policy.disableUserSources = true;
    return policy;
  }
  const { sources, disableUserSources, allowUserOverrides } = raw;
  if (sources !== undefined && !Array.isArray(sources)) {
    policy.errors.push('sources is not a list: no policy source is used and user sources are off');
    policy.disableUserSources = true;
  }
  (Array.isArray(sources) ? sources : []).forEach((entry, index) => {
    const url = isRecord(entry) ? entry.url : undefined;
    const publicKey = isRecord(entry) ? entry.publicKey : undefined;
    if (typeof url !== 'string' || !isAllowedSourceUrl(url)) {
      policy.errors.push(`sources.${index}: url must be an https URL`);
    } else if (typeof publicKey !== 'string' || publicKey.trim() === '') {
      policy.errors.push(`sources.${index}: publicKey is required`);
    } else policy.sources.push({ url, publicKey });
  });
  if (disableUserSources !== undefined) {
    if (typeof disableUserSources === 'boolean') policy.disableUserSources ||= disableUserSources;
    else {
      policy.errors.push('disableUserSources is not true or false: user sources are off');
      policy.disableUserSources = true;
    }
  }
  if (allowUserOverrides !== undefined) {
    if (typeof allowUserOverrides === 'boolean') policy.allowUserOverrides = allowUserOverrides;
    else policy.errors.push('allowUserOverrides is not true or false: user sources cannot replace packs');
  }
  return policy;
}
