import { describe, expect, it } from 'vitest';
import { readPageContext } from '@/lib/portals/page-context';
import { pinduoduo } from '@/lib/portals/pinduoduo';

describe('readPageContext', () => {
  it('reads the open conversation with the portal selectors, first match wins', () => {
    document.body.innerHTML = `
      <div class="chatWindowHeader"><div class="base-info"><span class="name">  小雨 </span></div></div>
      <div class="order-card"><span class="order-sn" data-order-sn="1">231123-045678912</span>
      <span class="carrier">中通快递</span><span class="tracking-no">78123456789012</span></div>`;
    expect(readPageContext(document, pinduoduo.selectors)).toEqual({
      buyer_name: '小雨',
      order_id: '231123-045678912',
      carrier: '中通快递',
      tracking_number: '78123456789012',
    });
  });

  it('skips missing fields and selectors the browser cannot parse', () => {
    document.body.innerHTML = '<b id="name">Emma</b>';
    expect(readPageContext(document, { buyerName: ['::bad(', '#name'], orderId: ['#none'] })).toEqual({
      buyer_name: 'Emma',
    });
  });
});
