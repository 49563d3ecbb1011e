import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { Linter } from '@/lib/detect/types';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { bundledPacksFor } from '@/lib/rules/bundled';
import { checkTemplate } from '@/lib/templates/compliance';
import { listVariables, renderTemplate } from '@/lib/templates/render';
import { starterTemplates } from '@/lib/templates/starter';

const starters = starterTemplates();
const options = { locale: 'en-US', timeZone: 'America/New_York', now: Date.UTC(2026, 5, 1, 12) };
const linters = new Map<PlatformId, Linter>();
const linterFor = (platform: PlatformId) => {
  const linter = linters.get(platform) ?? createLinter(bundledPacksFor(platform));
  linters.set(platform, linter);
  return linter;
};

describe('starter library', () => {
  it('has about thirty valid templates with unique ids and abbreviations', () => {
    expect(starters.length).toBeGreaterThanOrEqual(28);
    expect(new Set(starters.map((t) => t.id)).size).toBe(starters.length);
    const abbrs = starters.map((t) => t.abbreviation).filter(Boolean);
    expect(new Set(abbrs).size).toBe(abbrs.length);
    for (const t of starters) {
      expect(t.source).toBe('starter');
      expect(t.tags.length).toBeGreaterThan(0);
      expect(t.title).toMatch(/\p{Script=Han}/u);
    }
  });

  it('uses only variables the picker knows, and every body renders completely with samples', () => {
    for (const t of starters) {
      for (const body of [t.body, ...Object.values(t.variants)]) {
        const { text, unknown } = renderTemplate({ body, variants: {} }, options);
        expect(unknown, t.id).toEqual([]);
        expect(
          listVariables(body).every((v) => text.includes(`{${v}}`)),
          t.id,
        ).toBe(true);
      }
    }
  });

  for (const platform of PLATFORM_IDS) {
    it(`is lint-clean (no block/warn) on ${platform}`, () => {
      const problems: string[] = [];
      for (const t of starters.filter((s) => s.platforms.length === 0 || s.platforms.includes(platform))) {
        // Walmart requires English: only the default (English) body is offered there.
        const languages = platform === 'walmart' ? [undefined] : [undefined, ...Object.keys(t.variants)];
        for (const language of languages) {
          const result = checkTemplate(t, platform, linterFor(platform), { ...options, language });
          for (const f of result.findings) {
            if (f.severity !== 'info') problems.push(`${t.id}[${language ?? 'en'}] ${f.ruleId} "${f.match}"`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
