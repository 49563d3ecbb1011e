import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { chipState } from '@/components/overlay/Chip';
import { badgeFor } from '@/lib/messaging/popup';
import { addOverride } from '@/lib/send-guard/override-count';
import { boxGap, hookTokens, isSendLabel } from '@/lib/send-guard/send-button';
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

  it('recognises send labels in the portals languages', () => {
    for (const label of [
      'Send',
      ' 发送 ',
      '傳送',
      'Enviar',
      'send reply',
      'Gửi tin nhắn',
      'ส่ง',
      'Kirim',
      'Send ➤',
      '发送(S)',
    ])
      expect(isSendLabel(label), label).toBe(true);
    for (const label of ['Sender info', '发送图片', 'Cancel', '', 'Send invoice'])
      expect(isSendLabel(label), label).toBe(false);
  });

  it('reads developers names as words and measures gaps between boxes', () => {
    expect(hookTokens('webchat-message-send')).toEqual(['webchat', 'message', 'send']);
    expect(hookTokens('sndBtn9')).toEqual(['snd', 'btn', '9']);
    expect(hookTokens('Snd9')).toEqual(['snd', '9']);
    const editor = { left: 100, top: 100, width: 300, height: 80 };
    expect(boxGap({ left: 410, top: 150, width: 60, height: 24 }, editor)).toBe(10);
    expect(boxGap({ left: 150, top: 120, width: 10, height: 10 }, editor)).toBe(0);
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
