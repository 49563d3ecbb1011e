// The enterprise policy is read entry by entry and fails closed; a source added in options cannot
// replace a bundled or policy pack unless the policy allows it (issue #12, item 3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '@/lib/rules/bundled';
import { mergeActivePacks } from '@/lib/rules/registry-merge';
import { parseManagedPolicy } from '@/lib/rules/sync/policy';

const good = { url: 'https://corp.example.com/index.json', publicKey: 'key' };

describe('managed policy', () => {
  it('is the open default only when nothing is set', () => {
    expect(parseManagedPolicy(undefined)).toEqual({
      sources: [],
      disableUserSources: false,
      allowUserOverrides: false,
      errors: [],
    });
  });

  it('drops only a bad source entry and keeps disableUserSources', () => {
    const policy = parseManagedPolicy({
      sources: [
        good,
        { url: 'https://x.example/p.json' },
        { publicKey: 'k' },
        { url: 'http://x.example/p', publicKey: 'k' },
      ],
      disableUserSources: true,
    });
    expect(policy.sources).toEqual([good]);
    expect(policy.disableUserSources).toBe(true);
    expect(policy.errors).toEqual([
      'sources.1: publicKey is required',
      'sources.2: url must be an https URL',
      'sources.3: url must be an https URL',
    ]);
  });

  it('fails closed: a disableUserSources or sources it cannot read turns user sources off', () => {
    expect(parseManagedPolicy({ sources: [good], disableUserSources: 'yes' }).disableUserSources).toBe(true);
    expect(parseManagedPolicy({ sources: 'https://corp.example.com' })).toMatchObject({
      sources: [],
      disableUserSources: true,
    });
    expect(parseManagedPolicy({ allowUserOverrides: 'true' }).allowUserOverrides).toBe(false);
    expect(parseManagedPolicy(['not', 'an', 'object']).disableUserSources).toBe(true);
  });

  it('marks url and publicKey required in the schema Chrome validates policies against', () => {
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8'));
    expect(schema.properties.sources.items.required).toEqual(['url', 'publicKey']);
    expect(schema.properties.allowUserOverrides.type).toBe('boolean');
  });
});

describe('which source’s pack is in force', () => {
  const bundled = bundledPacks();
  const user = { id: 'u', url: 'u', publicKey: 'k', enabled: true, managed: false };
  const managed = { id: 'm', url: 'm', publicKey: 'k', enabled: true, managed: true };
  const pack = (id: string, version: string, extra = {}) => ({ ...bundled.common!, id, version, ...extra });

  it('keeps a user source from replacing a bundled pack, a policy pack, or silencing them with allow-words', () => {
    const { entries, shadowed } = mergeActivePacks(
      bundled,
      [
        { pack: pack('common', '99.0.0', { rules: [] }), sourceId: 'u' },
        { pack: pack('corp', '1.0.0'), sourceId: 'm' },
        { pack: pack('corp', '9.0.0', { rules: [] }), sourceId: 'u' },
        { pack: pack('team', '1.0.0', { rules: [], allow: ['WhatsApp'] }), sourceId: 'u' },
      ],
      [managed, user],
    );
    expect(entries.common?.origin).toBe('bundled');
    expect(entries.corp).toMatchObject({ sourceId: 'm', pack: { version: '1.0.0' } });
    expect(entries.team?.pack.allow).toBeUndefined();
    expect(shadowed.map((s) => s.id)).toEqual(['common', 'corp']);
  });

  it('lets it when the policy says allowUserOverrides', () => {
    const { entries } = mergeActivePacks(
      bundled,
      [{ pack: pack('common', '99.0.0'), sourceId: 'u' }],
      [user],
      true,
    );
    expect(entries.common).toMatchObject({ origin: 'remote', sourceId: 'u' });
  });

  it('keeps one source’s pack apart from another’s with the same id (stored by source and id)', () => {
    const { entries } = mergeActivePacks(
      bundled,
      [
        { pack: pack('team', '1.0.0'), sourceId: 'm' },
        { pack: pack('team', '2.0.0'), sourceId: 'u' },
      ],
      [managed, user],
    );
    expect(entries.team).toMatchObject({ sourceId: 'm', pack: { version: '1.0.0' } });
  });
});
