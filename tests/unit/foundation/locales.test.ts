import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setUiLocale, t } from '@/lib/i18n';
import { pickLocale } from '@/lib/i18n-locales';

const load = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('UI locales', () => {
  const en = load('en');
  it.each(['zh_CN', 'zh_TW'])('%s has exactly the English keys, none empty', (locale) => {
    const other = load(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(other)) expect(value.message.trim(), key).not.toBe('');
  });

  it('names the template command so browsers list it as a template shortcut', () => {
    for (const locale of ['en', 'zh_CN', 'zh_TW'])
      expect(load(locale).commandOpenTemplates?.message).toMatch(/template/i);
  });

  it('picks the closest locale for browser language tags', () => {
    expect(pickLocale('zh-CN')).toBe('zh_CN');
    expect(pickLocale('zh-Hans-SG')).toBe('zh_CN');
    expect(pickLocale('zh-TW')).toBe('zh_TW');
    expect(pickLocale('zh-HK')).toBe('zh_TW');
    expect(pickLocale('zh-Hant')).toBe('zh_TW');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('pt-BR')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('translates, substitutes and falls back to the key', () => {
    setUiLocale('zh_TW');
    expect(t('extName')).toBe(load('zh_TW').extName!.message);
    setUiLocale('en');
    expect(t('extName')).toBe('ReplyGuard');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
