import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, PORTAL_IDS } from '@/lib/platforms';
import {
  buyerLocale,
  PORTAL_LIST,
  PORTAL_MATCHES,
  PORTALS,
  platformForUrl,
  platformTimeZone,
  portalForHost,
  portalForUrl,
} from '@/lib/portals/registry';
import { bundledPacks } from '@/lib/rules/bundled';

describe('portal detectors', () => {
  it('covers every platform id but generic, once, each under its own id', () => {
    const ids = PORTAL_LIST.map((portal) => portal.platform);
    expect(ids).toEqual(PLATFORM_IDS.filter((id) => id !== 'generic'));
    for (const [id, portal] of Object.entries(PORTALS)) expect(portal.platform).toBe(id);
  });

  it('has one bundled pack per platform plus common', () => {
    expect(Object.keys(bundledPacks()).sort()).toEqual(['common', ...PORTAL_IDS].sort());
  });

  it('gives each platform its time zone and buyer locale', () => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(platformTimeZone('pinduoduo')).toBe('Asia/Shanghai');
    expect(platformTimeZone('walmart')).toBe(browserZone);
    expect(platformTimeZone('generic')).toBe(browserZone);
    expect(buyerLocale('pinduoduo')).toBe('zh-CN');
    expect(buyerLocale('shopee')).toBe('en-US');
    expect(buyerLocale('generic')).toBe('en-US');
  });

  for (const portal of PORTAL_LIST) {
    describe(portal.platform, () => {
      it('has examples', () => {
        expect(portal.examples.length).toBeGreaterThan(0);
      });

      it('accepts its own examples (chat page and host)', () => {
        for (const example of portal.examples) {
          const url = new URL(example);
          expect(portal.isChatPage(url), example).toBe(true);
          expect(portalForHost(url.hostname)?.platform, example).toBe(portal.platform);
          expect(portalForUrl(url)?.platform, example).toBe(portal.platform);
          expect(platformForUrl(url), example).toBe(portal.platform);
        }
      });

      it("rejects every other portal's examples", () => {
        for (const other of PORTAL_LIST) {
          if (other === portal) continue;
          for (const example of other.examples) {
            expect(portal.isChatPage(new URL(example)), `${portal.platform} on ${example}`).toBe(false);
          }
        }
      });

      it('has its example hosts in the manifest matches', () => {
        for (const example of portal.examples) {
          expect(PORTAL_MATCHES).toContain(`https://${new URL(example).hostname}/*`);
        }
      });

      it("declares how to tell the buyer's messages from the agent's", () => {
        for (const key of ['messages', 'buyerMessage', 'agentMessage'] as const) {
          expect(portal.selectors[key]?.length ?? 0, key).toBeGreaterThan(0);
        }
      });

      it('declares an editor selector list and valid selectors', () => {
        expect(portal.selectors.editor?.length ?? 0).toBeGreaterThan(0);
        for (const [key, list] of Object.entries(portal.selectors)) {
          // conversationIdAttr holds attribute names; every other list holds CSS selectors that must parse.
          for (const entry of list ?? []) {
            if (key === 'conversationIdAttr') expect(entry).toMatch(/^[a-z][a-z0-9-]*$/);
            else expect(() => document.querySelector(entry), entry).not.toThrow();
          }
        }
      });
    });
  }

  it('treats unknown and look-alike hosts as generic', () => {
    for (const url of [
      'https://example.com/chat',
      'https://mms.pinduoduo.com.evil.cn/chat-merchant/',
      'https://seller.shopee.cn.example.org/webchat',
      'https://www.walmart.com/message-center',
      'https://sellercenter.lazada.sg.example.com/apps/im/chat',
      'https://seller-us.tiktok.com.evil.io/chat/inbox/current',
      'https://www.ebay.com/cnt/ViewMessage?group_type=CORE',
    ]) {
      expect(platformForUrl(new URL(url)), url).toBe('generic');
    }
  });

  it('keeps each host on one platform only', () => {
    const seen = new Map<string, string>();
    for (const portal of PORTAL_LIST) {
      for (const host of portal.hosts) {
        expect(seen.get(host), host).toBeUndefined();
        seen.set(host, portal.platform);
      }
    }
  });
});
