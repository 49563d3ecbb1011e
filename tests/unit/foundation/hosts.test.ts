import { describe, expect, it } from 'vitest';
import { PORTAL_MATCHES, portalForHost } from '@/lib/portals/registry';

const platformForHost = (host: string) => portalForHost(host)?.platform;

describe('portal hosts', () => {
  it('covers the seller-portal chat hosts of every platform', () => {
    for (const host of [
      'mms.pinduoduo.com',
      'seller.shopee.cn',
      'seller.shopee.com.my',
      'seller.shopee.co.th',
      'gsp.aliexpress.com',
      'msg.aliexpress.com',
      'seller.walmart.com',
      'seller.dhgate.com',
      'sellercentral.amazon.com',
      'sellercentral.amazon.co.uk',
      'sellercenter.lazada.sg',
      'seller-us.tiktok.com',
      'seller.tiktokshopglobalselling.com',
      'mesg.ebay.com',
    ]) {
      expect(PORTAL_MATCHES, host).toContain(`https://${host}/*`);
    }
  });

  it('asks for nothing broader than the portal hosts, over https only', () => {
    expect(PORTAL_MATCHES).not.toContain('<all_urls>');
    for (const pattern of PORTAL_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('maps hosts to platforms and rejects look-alikes', () => {
    expect(platformForHost('mms.pinduoduo.com')).toBe('pinduoduo');
    expect(platformForHost('SELLER.SHOPEE.SG')).toBe('shopee');
    expect(platformForHost('banhang.shopee.vn')).toBe('shopee');
    expect(platformForHost('sellercentral-europe.amazon.com')).toBe('amazon');
    expect(platformForHost('www.amazon.com')).toBeUndefined();
    expect(platformForHost('shopee.cn.evil.example')).toBeUndefined();
    expect(platformForHost('www.example.com')).toBeUndefined();
  });
});
