import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { chipState } from '@/components/overlay/Chip';
import { badgeFor } from '@/lib/messaging/popup';
import { addOverride } from '@/lib/send-guard/override-count';
import { boxGap, isSendLabel, looksLikeSendButton } from '@/lib/send-guard/send-button';
import { sendChord } from '@/lib/send-guard/send-keys';
import { overrideCount } from '@/lib/storage/items';

const key = (patch: Partial<Parameters<typeof sendChord>[0]>) => ({
  key: 'Enter',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...patch,
});

describe('send keys', () => {
  it('matches the portal chord and nothing else', () => {
    expect(sendChord(key({}), ['Enter'])).toBe('Enter');
    expect(sendChord(key({ ctrlKey: true }), ['Enter'])).toBeNull();
    expect(sendChord(key({ ctrlKey: true }), ['Ctrl+Enter'])).toBe('Ctrl+Enter');
    expect(sendChord(key({ metaKey: true }), ['Ctrl+Enter'])).toBe('Ctrl+Enter');
    expect(sendChord(key({}), ['Ctrl+Enter'])).toBeNull();
    expect(sendChord(key({}), [])).toBeNull();
  });

  it('ignores Shift+Enter, Alt+Enter and IME composition', () => {
    expect(sendChord(key({ shiftKey: true }), ['Enter'])).toBeNull();
    expect(sendChord(key({ altKey: true }), ['Enter'])).toBeNull();
    expect(sendChord(key({ isComposing: true }), ['Enter'])).toBeNull();
    expect(sendChord(key({ keyCode: 229 }), ['Enter'])).toBeNull();
    expect(sendChord(key({ key: 'a' }), ['Enter'])).toBeNull();
  });

  it('recognises send buttons in the portals languages', () => {
    for (const label of ['Send', ' 发送 ', '傳送', 'Enviar', 'send reply'])
      expect(isSendLabel(label), label).toBe(true);
    for (const label of ['Sender info', '发送图片', 'Cancel', ''])
      expect(isSendLabel(label), label).toBe(false);
  });

  it('takes a generic button for the send button only when it says Send near the editor', () => {
    const editor = { left: 100, top: 100, width: 300, height: 80 };
    const beside = { left: 410, top: 150, width: 60, height: 24 };
    const far = { left: 900, top: 700, width: 60, height: 24 };
    expect(boxGap(beside, editor)).toBe(10);
    expect(boxGap({ left: 150, top: 120, width: 10, height: 10 }, editor)).toBe(0);
    expect(looksLikeSendButton(['发送', ''], beside, editor)).toBe(true);
    expect(looksLikeSendButton(['', 'Send'], beside, editor)).toBe(true);
    expect(looksLikeSendButton(['Cancel', ''], beside, editor)).toBe(false);
    expect(looksLikeSendButton(['Send', ''], far, editor)).toBe(false);
  });
});

describe('counts', () => {
  it('counts overrides per platform and survives bad stored data', async () => {
    await fakeBrowser.storage.local.set({ [overrideCount.key]: { count: 'x' } });
    const start = await overrideCount.get();
    expect(start).toEqual({ count: 0, byPlatform: {} });
    const next = addOverride(addOverride(start, 'shopee', 1), 'shopee', 2);
    expect(next).toEqual({ count: 2, byPlatform: { shopee: 2 }, lastAt: 2 });
  });

  it('shows blocking counts first on the badge and the chip', () => {
    expect(badgeFor({ block: 2, warn: 5, info: 0 }).text).toBe('2');
    expect(badgeFor({ block: 0, warn: 5, info: 0 }).text).toBe('5');
    expect(badgeFor({ block: 0, warn: 0, info: 3 }).text).toBe('');
    expect(chipState({ block: 1, warn: 1, info: 0 }, true)).toBe('block');
    expect(chipState({ block: 0, warn: 0, info: 1 }, true)).toBe('info');
    expect(chipState({ block: 0, warn: 0, info: 0 }, true)).toBe('clean');
    expect(chipState({ block: 3, warn: 0, info: 0 }, false)).toBe('paused');
  });
});
