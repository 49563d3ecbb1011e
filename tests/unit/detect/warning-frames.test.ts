import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { bundledPacksFor } from '@/lib/rules/bundled';

const ali = createLinter(bundledPacksFor('aliexpress'));
const pdd = createLinter(bundledPacksFor('pinduoduo'));
const cats = (linter: typeof ali, text: string) => linter.lint(text).map((f) => `${f.category}:${f.match}`);

describe('scam warnings in more languages', () => {
  it.each([
    'Sayın müşterimiz, mağazamızın adını kullanarak Telegram üzerinden kampanya duyuran hesaplar var. Bu hesapların bizimle hiçbir ilgisi yoktur.',
    'Son günlerde WhatsApp üzerinden kargo ücreti isteyen kişiler olduğunu öğrendik; bu kişilerin bizimle hiçbir ilgisi yoktur.',
    'لن نطلب منك أبدا التواصل عبر واتساب أو الدفع خارج المنصة، ومن يطلب ذلك فهو محتال.',
    'انتبه: هناك حسابات مزيفة تستخدم اسم متجرنا على تيليجرام، لا علاقة لنا بها.',
    'Мы никогда не просим писать в WhatsApp или платить переводом на карту; все, кто так просит, — мошенники.',
    'Появились страницы в Telegram, которые выдают себя за наш магазин, мы к ним не имеем никакого отношения.',
    'Nigdy nie prosimy o kontakt przez WhatsApp ani o przelew poza platformą — każdy, kto o to prosi, to oszust.',
    'Ktoś podszywa się pod nasz sklep na Telegramie, prosimy to zgłosić.',
    'Ada oknum yang mengatasnamakan toko kami di Telegram, mohon diabaikan.',
  ])('stays silent on %s', (text) => {
    expect(cats(ali, text)).toEqual([]);
  });

  it.each([
    ['Yazın bize WhatsApp üzerinden, hızlı cevap veriyoruz.', 'contact.im:WhatsApp'],
    ['Пишите нам в WhatsApp, ответим быстро.', 'contact.im:WhatsApp'],
    ['Napisz do nas na WhatsAppie, odpowiemy szybko.', 'contact.im:WhatsAppie'],
  ])('still fires on an invitation: %s', (text, finding) => {
    expect(cats(ali, text)).toContain(finding);
  });
});

describe('a payment app in a negated warning', () => {
  it('drops the name when the sentence refuses it and calls the askers scammers', () => {
    expect(cats(pdd, '提醒：我们不会以任何理由让您加QQ或者走支付宝付款，凡是这样要求的都是骗子。')).toEqual(
      [],
    );
  });

  it('keeps it when nothing refuses it or the sentence invites', () => {
    expect(cats(pdd, '为了方便，请加我们的微信，支付宝付款也可以。')).toContain('platform.competitor:支付宝');
    expect(cats(pdd, '淘宝上有假冒我们店的骗子，请注意。')).toContain('platform.competitor:淘宝');
    expect(cats(pdd, '不要用支付宝，直接转我微信')).toContain('platform.competitor:支付宝');
  });
});
