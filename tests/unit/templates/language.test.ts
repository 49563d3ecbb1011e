import { describe, expect, it } from 'vitest';
import { languageCandidates, templateLanguage } from '@/lib/templates/language';
import { bodyFor, variantKey } from '@/lib/templates/render';
import { TemplateSchema } from '@/lib/templates/schema';
import { starterTemplates } from '@/lib/templates/starter';

const t = TemplateSchema.parse({
  id: 'x',
  title: '物流',
  body: 'English',
  variants: { 'zh-Hans': '简体', 'zh-Hant': '繁體', pt: 'Português' },
});

describe('which body goes in', () => {
  it('maps Chinese tags to their script and falls back to the other script, then English', () => {
    expect(bodyFor(t, 'zh-CN')).toBe('简体');
    expect(bodyFor(t, 'zh')).toBe('简体');
    expect(bodyFor(t, 'zh-TW')).toBe('繁體');
    expect(bodyFor(t, 'zh-hk')).toBe('繁體');
    expect(bodyFor(t, 'pt-BR')).toBe('Português');
    expect(bodyFor(t, 'th')).toBe('English');
    expect(bodyFor(t, undefined)).toBe('English');
    const onlySimplified = TemplateSchema.parse({ id: 'y', title: 'y', body: 'E', variants: { zh: '中文' } });
    expect(bodyFor(onlySimplified, 'zh-Hant')).toBe('中文');
    expect(variantKey(t, 'ZH-hant')).toBe('zh-Hant');
    expect(languageCandidates('zh-TW')).toEqual(['zh-tw', 'zh-hant', 'zh', 'zh-hans']);
  });

  it('a required language wins, then the agent, then the buyer', () => {
    expect(templateLanguage({ required: 'en', chosen: 'pt', buyer: 'th' })).toBe('en');
    expect(templateLanguage({ chosen: 'pt', buyer: 'th' })).toBe('pt');
    expect(templateLanguage({ buyer: 'th' })).toBe('th');
    expect(templateLanguage({})).toBeUndefined();
  });

  it('a template with one body still works everywhere', () => {
    const single = TemplateSchema.parse({ id: 'z', title: 'z', body: 'Only one' });
    expect(single.keywords).toBeUndefined();
    for (const language of ['zh-Hans', 'th', 'en', undefined])
      expect(bodyFor(single, language)).toBe('Only one');
  });

  it('every starter speaks both Chinese scripts, and the common ones id, th, vi and pt', () => {
    const starters = starterTemplates();
    for (const s of starters)
      expect(Object.keys(s.variants), s.id).toEqual(expect.arrayContaining(['zh-Hans', 'zh-Hant']));
    const full = starters.filter((s) => ['id', 'th', 'vi', 'pt'].every((l) => s.variants[l]));
    expect(full.length).toBeGreaterThanOrEqual(15);
    expect(full.map((s) => s.id)).toEqual(
      expect.arrayContaining(['starter.tracking-in-transit', 'starter.return-how-to']),
    );
  });
});
