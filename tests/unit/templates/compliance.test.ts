import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { Finding, Linter } from '@/lib/detect/types';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { checkTemplate, complianceLevel } from '@/lib/templates/compliance';
import { TemplateSchema } from '@/lib/templates/schema';

const options = { locale: 'en-US', timeZone: 'UTC', now: Date.UTC(2026, 0, 5) };
const finding = (severity: Finding['severity']): Finding => ({
  ruleId: 'r',
  category: 'custom',
  severity,
  start: 0,
  end: 1,
  match: 'x',
  message: 'm',
});

describe('template compliance', () => {
  it('ranks the worst severity', () => {
    expect(complianceLevel([])).toBe('ok');
    expect(complianceLevel([finding('info')])).toBe('info');
    expect(complianceLevel([finding('info'), finding('warn')])).toBe('warn');
    expect(complianceLevel([finding('warn'), finding('block')])).toBe('block');
  });

  it('lints the rendered text with page values and samples for the rest', () => {
    const seen: string[] = [];
    const linter: Linter = {
      lint: (text) => {
        seen.push(text);
        return [];
      },
    };
    const t = TemplateSchema.parse({ id: 'a', title: 't', body: 'Hi {buyer_name}, {order_id} {cursor}' });
    const result = checkTemplate(t, 'shopee', linter, { ...options, values: { buyer_name: 'Ana' } });
    expect(seen).toEqual(['Hi Ana, 8123456789012345 ']);
    expect(result).toMatchObject({ level: 'ok', inScope: true });
  });

  it('flags an off-platform template with the real linter and reports scope', () => {
    const t = TemplateSchema.parse({
      id: 'bad',
      title: '坏模板',
      body: 'Add me on WhatsApp for a better price',
      platforms: ['walmart'],
    });
    const result = checkTemplate(t, 'shopee', createLinter(bundledPacksFor('shopee')), options);
    expect(result.level).toBe('block');
    expect(result.findings.some((f) => f.category === 'contact.im')).toBe(true);
    expect(result.inScope).toBe(false);
  });
});
