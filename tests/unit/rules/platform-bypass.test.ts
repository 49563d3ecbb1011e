/**
 * A deal proposed with the platform left out ("without eBay in the middle", "por fuera de la plataforma",
 * "sem o app no meio"), in our own phrasings; with the replies that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/lib/platforms';
import { categories } from './bundled-blocks';

describe('deals that leave the platform out', () => {
  it.each<[PlatformId, string]>([
    ['ebay', 'Next time we can sort it out without eBay taking a cut, just message me.'],
    ['amazon', 'Happy to sell you the spare set without Amazon in between.'],
    ['shopee', 'Si quieres, lo cerramos por fuera de la app y te sale más barato.'],
    ['aliexpress', 'Podemos venderte el resto fuera de la plataforma.'],
    ['shopee', 'Fica mais em conta sem a Shopee no meio.'],
    ['ebay', 'Lo hacemos sin la plataforma de por medio, ¿vale?'],
  ])('%s: %s', (platform, text) => {
    expect(categories(platform, text)).toContain('offplatform.payment');
  });

  it.each<[PlatformId, string]>([
    ['walmart', 'You can check the status without the app: the link is in your confirmation email.'],
    ['ebay', 'We never accept payment without eBay involved.'],
    ['shopee', 'Las compras fuera de la plataforma no tienen garantía, por eso todo va por aquí.'],
    ['amazon', 'We are the manufacturer, so the price has no middleman in it.'],
  ])('%s stays silent: %s', (platform, text) => {
    expect(categories(platform, text)).not.toContain('offplatform.payment');
  });
});
