import { describe, expect, it } from 'vitest';
import { mergeSelectors } from '@/lib/portals/selectors';
import { packsForPlatform, parseActivePacks, parseOverrides } from '@/lib/rules/active';
import { bundledPacks } from '@/lib/rules/bundled';

describe('published packs', () => {
  it('falls back to the bundled pack when a published one is invalid', () => {
    const packs = parseActivePacks({ pinduoduo: { id: 'pinduoduo', rules: 'broken' } });
    expect(packs.pinduoduo).toEqual(bundledPacks().pinduoduo);
  });

  it('accepts a valid newer pack and ignores one filed under another id', () => {
    const newer = { ...bundledPacks().shopee, version: '9.0.0' };
    const packs = parseActivePacks({ shopee: newer, walmart: newer });
    expect(packs.shopee?.version).toBe('9.0.0');
    expect(packs.walmart).toEqual(bundledPacks().walmart);
  });

  it('orders common before the platform, and generic gets common only', () => {
    const packs = bundledPacks();
    expect(packsForPlatform(packs, 'pinduoduo').map((pack) => pack.id)).toEqual(['common', 'pinduoduo']);
    expect(packsForPlatform(packs, 'generic').map((pack) => pack.id)).toEqual(['common']);
  });

  it('parses overrides leniently', () => {
    expect(parseOverrides(undefined)).toEqual({ terms: [], allow: [] });
    expect(parseOverrides({ terms: ['abc'] })).toEqual({ terms: ['abc'], allow: [] });
    expect(parseOverrides({ terms: 'abc' })).toEqual({ terms: [], allow: [] });
  });

  it('lets pack selectors replace a portal default list by list', () => {
    expect(mergeSelectors({ editor: ['a'], sendButton: ['b'] }, { editor: ['c'] }, undefined)).toEqual({
      editor: ['c'],
      sendButton: ['b'],
    });
  });
});
