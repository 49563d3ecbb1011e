/**
 * Abuse that is not a swear word (common.abuse.mocking, common.abuse.threat, common.abuse.mild), and insults
 * in more languages (common.abuse), in our own phrasings; with the ordinary replies that share their words.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { blocks } from './bundled-blocks';

const generic = createLinter(bundledPacksFor('generic'));
/** Severities of the abuse findings the common pack gives `text`. */
const abuse = (text: string) =>
  generic
    .lint(text)
    .filter((f) => f.category === 'abuse')
    .map((f) => f.severity);

describe('mocking the buyer (block)', () => {
  it.each<[PlatformId, string]>([
    ['walmart', 'Your measuring skills are truly impressive.'],
    ['amazon', 'Wow, understanding a size chart must be so hard for you.'],
    ['ebay', 'Maybe ask someone who can actually read to look at the title.'],
    ['walmart', 'Congrats on picking the wrong model again.'],
    ['amazon', 'Well done, you managed to order the incorrect voltage.'],
    ['shopee', 'Parabéns por não ler a descrição.'],
    ['shopee', 'Parabéns, vc conseguiu comprar a cor errada.'],
    ['aliexpress', 'Felicidades por no leer la ficha del producto.'],
    ['aliexpress', 'Impresionante tu capacidad de no leer nada.'],
    ['pinduoduo', '您的理解能力真令人佩服，说明写得清清楚楚'],
    ['pinduoduo', '恭喜您成功拍错了尺码'],
    ['aliexpress', 'La tua capacità di non leggere è davvero notevole.'],
    ['shopee', 'Zero interpretação de texto, hein.'],
  ])('%s: %s', (platform, text) => {
    expect(blocks(platform, text)).toContain('abuse');
  });
});

describe('accusations and threats (block)', () => {
  it.each<[PlatformId, string]>([
    ['walmart', 'We are done with scammers like you.'],
    ['ebay', 'I am sick of buyers like you.'],
    ['aliexpress', 'No vamos a reembolsar a estafadores como usted.'],
    ['shopee', 'Não devolvemos dinheiro para golpistas como você.'],
    ['walmart', 'Keep this up and we will make your life miserable.'],
    ['dhgate', 'We have your home address, so be careful.'],
    ['dhgate', "Leave that one-star review and we'll share your name on Facebook for everyone to see."],
    ['ebay', 'Think twice before opening another claim.'],
    ['shopee', 'Kalau kasih bintang 1, kami viralkan nama kamu.'],
    ['pinduoduo', '再给差评就把你的照片发到网上'],
    ['aliexpress', 'Retira la queja, te vas a arrepentir.'],
  ])('%s: %s', (platform, text) => {
    expect(blocks(platform, text)).toContain('abuse');
  });
});

describe('insults in more languages (block)', () => {
  it.each([
    'Ang tanga mo naman, nakasulat na sa description.',
    'Kapal ng mukha mo humingi ng refund.',
    'Dah cakap banyak kali, bangang betul.',
    'Sei proprio scemo, te l’ho già spiegato.',
    'Cretino, leggi la descrizione.',
    'Eres un tarado, lee la ficha.',
    'Đồ ngốc, đọc mô tả đi.',
    '멍청이, 설명 좀 읽어',
    'バカじゃないの',
    'يا غبي اقرأ الوصف',
    'Aptal mısın, açıklamayı oku.',
    'Ty debilu, przeczytaj opis.',
    'Du Vollidiot, lies die Beschreibung.',
  ])('%s', (text) => {
    expect(abuse(text)).toContain('block');
  });
});

describe('weaker signals (warn)', () => {
  it.each([
    'Genius move.',
    'Sure, we will redesign the whole mould for one order, genius!',
    "Maybe it's too complicated for you.",
    'Nice work, Sherlock.',
  ])('%s', (text) => {
    const found = abuse(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s === 'warn')).toBe(true);
  });
});

describe('ordinary replies stay silent', () => {
  it.each([
    'This genius design keeps coffee hot for 12 hours.',
    'Congratulations on your new home!',
    'Congratulations on your order, if the size is wrong we exchange it for free.',
    'We know your address is correct, the courier will call before delivery.',
    'We have your address on file and the parcel ships tomorrow.',
    'Thank you for reading our care instructions.',
    'If reading the small print is difficult for you, we can send a larger manual.',
    'If this is too complicated for you, we can send a video guide.',
    'It must be frustrating for you to wait so long, we are sorry.',
    'Customers like you make our day!',
    'We love hearing from buyers like you.',
    'We will never share your name or address publicly.',
    'Your reading lamp has been shipped.',
    'No te vas a arrepentir, la calidad es excelente.',
    'Não vai se arrepender, o tecido é ótimo!',
    'Bikini tanga disponível em três cores.',
    'Salak pondoh segar, dikirim hari ini.',
    'Daging babi tidak digunakan dalam produk ini.',
    'Mainan anjing ini tahan gigitan.',
    'La leche en polvo llega mañana.',
    'バカンスにぴったりのバッグです',
    '马鹿茸礼盒今天发货',
    '시발점에서 출발하는 버스 노선 지도',
    '适合你这种人群的尺码是L',
    '恭喜发财，拍错了也可以换',
    '都赖我们，标签贴错了',
  ])('%s', (text) => {
    expect(abuse(text)).toEqual([]);
  });
});
