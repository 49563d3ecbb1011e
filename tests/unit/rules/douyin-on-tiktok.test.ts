/** 抖音 names another app everywhere but on TikTok Shop, where it is the platform itself (tiktok pack allow). */
import { describe, expect, it } from 'vitest';
import { blocks } from './bundled-blocks';

describe('抖音', () => {
  it('is a contact app off TikTok', () => {
    expect(blocks('pinduoduo', '抖音搜一下灯塔小屋就能看到')).toContain('contact.im');
  });
  it('is the platform itself on TikTok', () => {
    expect(blocks('tiktok', '抖音搜一下灯塔小屋就能看到')).not.toContain('contact.im');
  });
});
