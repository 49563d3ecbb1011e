import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { mergeSelectors } from '@/lib/portals/selectors';
import { packsForPlatform, withBundled } from '@/lib/rules/active';
import { bundledPacks } from '@/lib/rules/bundled';
import { activePacks, ruleOverrides } from '@/lib/storage/items';

/** What a content script reads: the stored packs, each invalid one replaced by its bundled twin. */
async function published(raw: unknown) {
  await fakeBrowser.storage.local.set({ [activePacks.key]: raw });
  return withBundled(await activePacks.get());
}

describe('published packs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('falls back to the bundled pack when a published one is invalid', async () => {
    const packs = await published({ pinduoduo: { id: 'pinduoduo', rules: 'broken' } });
    expect(packs.pinduoduo).toEqual(bundledPacks().pinduoduo);
  });

  it('accepts a valid newer pack and ignores one filed under another id', async () => {
    const newer = { ...bundledPacks().shopee, version: '9.0.0' };
    const packs = await published({ shopee: newer, walmart: newer });
    expect(packs.shopee?.version).toBe('9.0.0');
    expect(packs.walmart).toEqual(bundledPacks().walmart);
  });

  it('orders common before the platform, and generic gets common only', () => {
    const packs = bundledPacks();
    expect(packsForPlatform(packs, 'pinduoduo').map((pack) => pack.id)).toEqual(['common', 'pinduoduo']);
    expect(packsForPlatform(packs, 'generic').map((pack) => pack.id)).toEqual(['common']);
  });

  it('parses overrides leniently', async () => {
    expect(await ruleOverrides.get()).toEqual({ terms: [], allow: [] });
    await fakeBrowser.storage.local.set({ [ruleOverrides.key]: { terms: ['abc'] } });
    expect(await ruleOverrides.get()).toEqual({ terms: ['abc'], allow: [] });
    await fakeBrowser.storage.local.set({ [ruleOverrides.key]: { terms: 'abc' } });
    expect(await ruleOverrides.get()).toEqual({ terms: [], allow: [] });
    await fakeBrowser.storage.local.set({ [ruleOverrides.key]: { terms: ['abc', ''], allow: ['x'] } });
    expect(await ruleOverrides.get()).toEqual({ terms: ['abc'], allow: ['x'] });
  });

  it('lets pack selectors replace a portal default list by list', () => {
    expect(mergeSelectors({ editor: ['a'], sendButton: ['b'] }, { editor: ['c'] }, undefined)).toEqual({
      editor: ['c'],
      sendButton: ['b'],
    });
  });
});
