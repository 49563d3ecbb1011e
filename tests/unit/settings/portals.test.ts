import { describe, expect, it } from 'vitest';
import { portalsInOrder, togglePortal } from '@/lib/settings/portals';
import { SettingsSchema } from '@/lib/settings/schema';

describe('the portals the agent works on', () => {
  it('come first, the rest follow in the registry order', () => {
    expect(portalsInOrder(['walmart', 'shopee'])).toEqual([
      'shopee',
      'walmart',
      'pinduoduo',
      'aliexpress',
      'dhgate',
      'amazon',
      'lazada',
      'tiktok',
      'ebay',
    ]);
    expect(portalsInOrder([])[0]).toBe('pinduoduo');
  });

  it('are ticked and unticked in the registry order', () => {
    expect(togglePortal(['walmart'], 'shopee', true)).toEqual(['shopee', 'walmart']);
    expect(togglePortal(['shopee', 'walmart'], 'shopee', false)).toEqual(['walmart']);
    expect(togglePortal(['shopee'], 'shopee', true)).toEqual(['shopee']);
  });

  it('are stored with the settings; settings saved before the field read as none chosen', () => {
    expect(SettingsSchema.parse({ agentName: 'Lin' }).portals).toEqual([]);
    expect(SettingsSchema.safeParse({ portals: ['nowhere'] }).success).toBe(false);
  });
});
