import { describe, expect, it } from 'vitest';
import { mergeSelectors } from '@/lib/portals/selectors';
import { packsForPlatform } from '@/lib/rules/active';
import { bundledPacks } from '@/lib/rules/bundled';

describe('packs for a platform', () => {
  it('orders common before the platform, and generic gets common only', () => {
    const packs = bundledPacks();
    expect(packsForPlatform(packs, 'pinduoduo').map((pack) => pack.id)).toEqual(['common', 'pinduoduo']);
    expect(packsForPlatform(packs, 'generic').map((pack) => pack.id)).toEqual(['common']);
  });

  it('lets pack selectors replace a portal default list by list', () => {
    expect(mergeSelectors({ editor: ['a'], sendButton: ['b'] }, { editor: ['c'] }, undefined)).toEqual({
      editor: ['c'],
      sendButton: ['b'],
    });
  });
});
