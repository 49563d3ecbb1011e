import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/lib/platforms';
import { PORTALS, platformForUrl, portalForUrl } from '@/lib/portals';
import { PORTAL_HOSTS, PORTAL_MATCHES, platformForHost } from '@/lib/portals/hosts';

describe('portal detectors', () => {
  it('covers every platform id but generic, once', () => {
    const ids = PORTALS.map((portal) => portal.platform).sort();
    expect(ids).toEqual(PLATFORM_IDS.filter((id) => id !== 'generic').sort());
  });

  for (const portal of PORTALS) {
    describe(portal.platform, () => {
      it('has examples', () => {
        expect(portal.examples.length).toBeGreaterThan(0);
      });

      it('accepts its own examples (chat page and host)', () => {
        for (const example of portal.examples) {
          const url = new URL(example);
          expect(portal.isChatPage(url), example).toBe(true);
          expect(platformForHost(url.hostname), example).toBe(portal.platform);
          expect(portalForUrl(url)?.platform, example).toBe(portal.platform);
          expect(platformForUrl(url), example).toBe(portal.platform);
        }
      });

      it("rejects every other portal's examples", () => {
        for (const other of PORTALS) {
          if (other === portal) continue;
          for (const example of other.examples) {
            expect(portal.isChatPage(new URL(example)), `${portal.platform} on ${example}`).toBe(false);
          }
        }
      });

      it('has its example hosts in the manifest matches', () => {
        for (const example of portal.examples) {
          expect(PORTAL_MATCHES).toContain(`*://${new URL(example).hostname}/*`);
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
    for (const [platform, hosts] of Object.entries(PORTAL_HOSTS)) {
      for (const host of hosts) {
        expect(seen.get(host), host).toBeUndefined();
        seen.set(host, platform);
      }
    }
  });
});
